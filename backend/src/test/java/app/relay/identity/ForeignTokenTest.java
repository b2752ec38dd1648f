package app.relay.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A valid token of the realm, but issued to another application (Keycloak's admin-cli), opens nothing. */
@QuarkusTest
class ForeignTokenTest {

    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() {
        String foreign = given().baseUri(Tokens.KEYCLOAK)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "sam").formParam("password", "demo")
                .post("/realms/relay/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");

        Api.anonymous().auth().oauth2(foreign).get("/api/v1/me").then()
                .statusCode(401).body("type", equalTo("/problems/unauthorized"));
        Api.as("sam").get("/api/v1/me").then().statusCode(200);
        Api.as("integration").get("/api/v1/me").then().statusCode(200);
    }
}
