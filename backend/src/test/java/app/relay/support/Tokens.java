package app.relay.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Real access tokens from the test run's Keycloak, by password grant for the demo users. */
public final class Tokens {
    public static final String KEYCLOAK = System.getenv().getOrDefault("RELAY_KEYCLOAK_URL", "http://localhost:8180");
    /** Tokens live five minutes; one is reused for four, so a long run never sends an expired one. */
    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();

    private record Fetched(String token, Instant at) {
        boolean fresh() {
            return at.plus(REUSE).isAfter(Instant.now());
        }
    }

    private Tokens() {
    }

    /** A token for a demo user (password `demo`), reused while it has a minute or more to live. */
    public static String of(String username) {
        return cached(username, () -> fetch(username));
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, known) -> known != null && known.fresh() ? known
                : new Fetched(fetch.get(), Instant.now())).token();
    }

    /** A fresh token, for tests that must not share a session. */
    public static String fetch(String username) {
        return given()
                .baseUri(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "relay-spa")
                .formParam("username", username)
                .formParam("password", "demo")
                .post("/realms/relay/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The integration account's token (client-credentials grant of `relay-integration`). */
    public static String integration() {
        return cached("#integration", () -> given()
                .baseUri(KEYCLOAK)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "relay-integration")
                .formParam("client_secret", "relay-integration-dev-secret")
                .post("/realms/relay/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    public static void forget() {
        CACHE.clear();
    }
}
