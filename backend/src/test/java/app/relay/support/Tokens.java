package app.relay.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test run's Keycloak, by password grant for the demo users. */
public final class Tokens {
    public static final String KEYCLOAK = System.getenv().getOrDefault("RELAY_KEYCLOAK_URL", "http://localhost:8180");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user (password `demo`), cached for the run (tokens live five minutes). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
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
        return CACHE.computeIfAbsent("#integration", k -> given()
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
