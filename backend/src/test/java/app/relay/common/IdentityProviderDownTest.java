package app.relay.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void requestWithTokenIsServiceUnavailableAndReadinessIsDown() {
        Api.as("sam").get("/api/v1/me").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/unavailable"));
        given().port(managementPort).get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Keycloak' }.status", equalTo("DOWN"));
    }
}
