package app.relay.common;

import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With Keycloak out of reach, a request with a token gets a clear 503 problem, not a 500. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.UnreachableKeycloak.class)
class IdentityProviderDownTest {

    public static class UnreachableKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://localhost:1/realms/relay",
                    "quarkus.oidc.connection-delay", "0S");
        }
    }

    @Test
    void requestWithTokenIsServiceUnavailable() {
        Api.as("sam").get("/api/v1/me").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unavailable"));
    }
}
