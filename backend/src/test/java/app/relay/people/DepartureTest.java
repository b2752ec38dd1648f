package app.relay.people;

import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Marking someone as leaving stops them at once, in Relay and in Keycloak, and keeps their records. */
@QuarkusTest
class DepartureTest {
    private static final List<String> CREATED = new ArrayList<>();

    @AfterAll
    static void removeThrowawayUsers() {
        CREATED.forEach(KeycloakUsers::delete);
    }

    private static String[] newUser(String prefix) {
        String[] user = KeycloakUsers.createInNorth(prefix);
        CREATED.add(user[0]);
        return user;
    }

    @Test
    void aLeaversValidTokenStopsWorkingImmediatelyAndKeycloakDisablesThem() {
        String[] leaver = newUser("leaver");
        String id = leaver[0];
        String token = Tokens.fetch(leaver[1]);
        Api.anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        Api.as("sam").body(Map.of()).post("/api/v1/users/" + id + "/departure").then().statusCode(403);
        Api.as("hana").body(Map.of()).post("/api/v1/users/" + id + "/departure").then().statusCode(403);
        Api.as("hugo").body(Map.of("note", "Last day 30 November")).post("/api/v1/users/" + id + "/departure")
                .then().statusCode(200)
                .body("departedAt", notNullValue())
                .body("note", equalTo("Last day 30 November"))
                .body("keycloakDisabled", equalTo(true))
                .body("accountClosing.state", equalTo("closed")).body("accountClosing.attempts", equalTo(1));
        // Marked twice: recorded once, and Keycloak is not asked again.
        Api.as("hugo").body(Map.of()).post("/api/v1/users/" + id + "/departure").then().statusCode(200)
                .body("note", equalTo("Last day 30 November")).body("accountClosing.attempts", equalTo(1));

        Api.anonymous().auth().oauth2(token).get("/api/v1/clients").then()
                .statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/departed"));
        assertThat(KeycloakUsers.isEnabled(id)).isFalse();
        given().baseUri(Tokens.KEYCLOAK).formParam("grant_type", "password").formParam("client_id", "relay-spa")
                .formParam("username", leaver[1]).formParam("password", "demo")
                .post("/realms/relay/protocol/openid-connect/token").then().statusCode(400);
        Api.as("hugo").get("/api/v1/users").then()
                .body("items.find { it.id == '" + id + "' }.departedAt", notNullValue())
                .body("items.find { it.id == '" + id + "' }.accountClosing.state", equalTo("closed"))
                .body("items.find { it.id == '" + id + "' }.enabledInKeycloak", equalTo(false));
        // Keycloak's side of it (with its errors, when there are) is for those who supervise the person.
        Api.as("sam").get("/api/v1/users").then()
                .body("items.find { it.id == '" + id + "' }.accountClosing", equalTo(null));
    }

    @Test
    void aDepartedPersonCannotBeMadeOwner() {
        String[] leaver = newUser("gone");
        Api.anonymous().auth().oauth2(Tokens.fetch(leaver[1])).get("/api/v1/me").then().statusCode(200);
        Api.as("dana").body(Map.of()).post("/api/v1/users/" + leaver[0] + "/departure").then().statusCode(200);
        String clientId = create("sam", unique("Handover pending"));

        Api.as("hugo").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("ownerId", leaver[0])).patch("/api/v1/clients/" + clientId).then()
                .statusCode(400).body("errors.field", hasItem("ownerId"));
    }

    @Test
    void nobodyMarksThemselvesOrAnUnknownPerson() {
        Api.as("dana").body(Map.of()).post("/api/v1/users/a0000000-0000-4000-8000-000000000002/departure")
                .then().statusCode(409);
        Api.as("dana").body(Map.of()).post("/api/v1/users/no-such-user/departure").then().statusCode(404);
        Api.as("dana").body(Map.of("note", "x".repeat(1001))).post("/api/v1/users/no-such-user/departure")
                .then().statusCode(400);
    }
}
