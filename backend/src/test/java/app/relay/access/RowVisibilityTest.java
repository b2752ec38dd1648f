package app.relay.access;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.createTagged;
import static app.relay.support.TestClients.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coarse row rules: each role sees only its part of the base, and an invisible client is a 404. */
@QuarkusTest
class RowVisibilityTest {

    @Test
    void aManagerOfAnotherTeamCannotSeeTheClientAnywhere() {
        String name = unique("Sam private");
        String id = create("sam", name);

        Api.as("sid").get("/api/v1/clients/" + id).then().statusCode(404);
        Api.as("sid").get("/api/v1/clients/" + id + "/history").then().statusCode(404);
        Api.as("sid").get("/api/v1/clients/" + id + "/contacts").then().statusCode(404);
        Api.as("sid").queryParam("q", name).get("/api/v1/clients").then().body("items.id", not(hasItem(id)));
        Api.as("hana").get("/api/v1/clients/" + id).then().statusCode(404);
        Api.as("hugo").get("/api/v1/clients/" + id).then().statusCode(200);
        Api.as("dana").get("/api/v1/clients/" + id).then().statusCode(200);
    }

    @Test
    void listTotalsCountOnlyWhatTheCallerMaySee() {
        String tag = "total-" + unique("t").substring(2);
        createTagged("sam", unique("Counted north"), tag);
        createTagged("sam", unique("Counted north"), tag);
        createTagged("sid", unique("Counted south"), tag);

        Api.as("sam").queryParam("tag", tag).queryParam("total", "true").queryParam("limit", "1")
                .get("/api/v1/clients").then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1));
        Api.as("sid").queryParam("tag", tag).queryParam("total", "true").get("/api/v1/clients").then()
                .body("total", equalTo(1));
        Api.as("hugo").queryParam("tag", tag).queryParam("total", "true").get("/api/v1/clients").then()
                .body("total", equalTo(2));
        Api.as("dana").queryParam("tag", tag).queryParam("total", "true").get("/api/v1/clients").then()
                .body("total", equalTo(3));
        Api.as("dana").queryParam("tag", tag).get("/api/v1/clients").then().body("total", nullValue());
        Api.as("dana").queryParam("total", "lots").get("/api/v1/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("total"));
    }

    @Test
    void duplicateCheckRevealsOnlyExistenceAndOwnerOfInvisibleClients() {
        String name = unique("Distribuciones Núñez");
        create("sam", name);

        Api.as("sid").queryParam("name", name).get("/api/v1/clients/duplicates").then()
                .statusCode(200)
                .body("matches.ownerName", hasItem("Sam Rusu"))
                .body("matches.clientId", everyItem(nullValue()))
                .body("matches.name", everyItem(nullValue()));
    }

    @Test
    void aManagerCannotGiveAClientAwayButTheHeadOfSalesCan() {
        String id = create("sam", unique("Ownership"));
        String sara = "a0000000-0000-4000-8000-000000000005";
        Api.as("sara").get("/api/v1/me").then().statusCode(200);

        Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("ownerId", sara)).patch("/api/v1/clients/" + id).then()
                .statusCode(403).body("errors.field", hasItem("ownerId"));
        Api.as("sam").get("/api/v1/clients/" + id).then().body("version", equalTo(0));

        Api.as("hugo").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("ownerId", sara)).patch("/api/v1/clients/" + id).then()
                .statusCode(200).body("ownerName", equalTo("Sara Moldovan"));
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(404);
    }

    @Test
    void aManagerCannotCreateAClientForSomeoneElse() {
        Map<String, Object> body = client(unique("Not mine"));
        body.put("ownerId", "a0000000-0000-4000-8000-000000000005");
        Api.as("sam").body(body).post("/api/v1/clients").then().statusCode(403);
    }

    @Test
    void aLeadGeneratorSeesOnlyProspectsOfTheTeam() {
        Map<String, Object> prospect = client(unique("Prospect"));
        prospect.put("lifecycle", "prospect");
        String prospectId = create("sam", prospect);
        String customerId = create("sam", unique("Customer"));

        Api.as("leo").get("/api/v1/clients/" + prospectId).then().statusCode(200);
        Api.as("leo").get("/api/v1/clients/" + customerId).then().statusCode(404);
        Api.as("leo").queryParam("limit", 200).get("/api/v1/clients").then()
                .statusCode(200).body("items.lifecycle", everyItem(equalTo("prospect")));
    }

    @Test
    void meDescribesTheCaller() {
        Api.as("hugo").get("/api/v1/me").then()
                .statusCode(200)
                .body("username", equalTo("hugo"))
                .body("roles", hasItem("head-of-sales"))
                .body("teams", equalTo(java.util.List.of("north")))
                .body("capabilities", hasItem("clients.restore"));
        Api.as("sam").get("/api/v1/me").then().body("capabilities", not(hasItem("clients.restore")));
    }

    @Test
    void theDirectoryListsPeopleWithTheirTeams() {
        Api.as("hugo").get("/api/v1/me").then().statusCode(200);
        Api.as("sam").get("/api/v1/users").then()
                .statusCode(200)
                .body("items.find { it.username == 'hugo' }.teams", equalTo(java.util.List.of("north")))
                .body("items.find { it.username == 'hugo' }.name", equalTo("Hugo Petrescu"));
    }

    @Test
    void anIntegrationSeesAllOrOnlyTheTeamsOfItsServiceAccount() {
        String north = create("sam", unique("North for integrations"));
        String south = create("sid", unique("South for integrations"));
        String scoped = io.restassured.RestAssured.given().baseUri(app.relay.support.Tokens.KEYCLOAK)
                .formParam("grant_type", "client_credentials").formParam("client_id", "relay-integration-north")
                .formParam("client_secret", "relay-integration-north-dev-secret")
                .post("/realms/relay/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");

        Api.as("integration").get("/api/v1/clients/" + north).then().statusCode(200);
        Api.as("integration").get("/api/v1/clients/" + south).then().statusCode(200);
        Api.anonymous().auth().oauth2(scoped).get("/api/v1/clients/" + north).then().statusCode(200);
        Api.anonymous().auth().oauth2(scoped).get("/api/v1/clients/" + south).then().statusCode(404);
    }
}
