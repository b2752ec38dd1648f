package app.relay.client;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only people who may hold a client stand in front of it, and a client always has a real team. */
@QuarkusTest
class ClientHoldersTest {
    private static final String ADA = "a0000000-0000-4000-8000-000000000001";
    private static final String DANA = "a0000000-0000-4000-8000-000000000002";
    private static final String LEO = "a0000000-0000-4000-8000-000000000007";
    private static final String SID = "a0000000-0000-4000-8000-000000000009";

    /** The directory knows people from their first call. */
    @BeforeEach
    void everyoneHasSignedInOnce() {
        for (String user : new String[] {"ada", "dana", "leo", "sid", "sam", "hugo", "integration"}) {
            Api.as(user).get("/api/v1/me").then().statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ADA, DANA, "service-account-relay-integration", "nobody-at-all"})
    void noAdminDirectorServiceAccountOrStrangerHoldsAClient(String owner) {
        String id = create("sam", unique("Held"));
        patch("hugo", id, Map.of("ownerId", owner)).then().statusCode(400).body("errors.field", hasItem("ownerId"));
        patch("hugo", id, Map.of("coOwnerId", owner)).then().statusCode(400).body("errors.field", hasItem("coOwnerId"));
    }

    @Test
    void aClientFollowsItsNewOwnerIntoTheirTeamUnlessTheChangeNamesOne() {
        String id = create("sam", unique("Moving"));
        patch("hugo", id, Map.of("ownerId", SID)).then().statusCode(200).body("team", equalTo("south"));

        String other = create("sam", unique("Staying"));
        patch("hugo", other, Map.of("ownerId", SID, "team", "north")).then().statusCode(200).body("team", equalTo("north"));
    }

    @Test
    void teamsAreTheCompanysAndAClientAlwaysHasOne() {
        String id = create("sam", unique("Teamed"));
        patch("hugo", id, Map.of("team", "nowhere")).then().statusCode(400).body("errors.field", hasItem("team"));
        Map<String, Object> none = new HashMap<>();
        none.put("team", null);
        patch("hugo", id, none).then().statusCode(400).body("errors.field", hasItem("team"));
        patch("hugo", id, Map.of("team", "south")).then().statusCode(200).body("team", equalTo("south"));
    }

    @Test
    void aLeadGeneratorHoldsProspectsOnlyAndOthersWaitUnassigned() {
        Map<String, Object> prospect = client(unique("Lead"));
        prospect.put("lifecycle", "prospect");
        String id = TestClients.create("leo", prospect);
        Api.as("leo").get("/api/v1/clients/" + id).then().statusCode(200).body("ownerId", equalTo(LEO));
        patch("hugo", id, Map.of("lifecycle", "active")).then().statusCode(400).body("errors.field", hasItem("ownerId"));

        Map<String, Object> unassigned = new HashMap<>();
        unassigned.put("ownerId", null);
        patch("hugo", id, unassigned).then().statusCode(200).body("ownerId", nullValue());
        patch("hugo", id, Map.of("ownerId", " ")).then().statusCode(200).body("ownerId", nullValue());

        // The integration holds no clients: a customer it enters needs an owner, a prospect at least a team.
        Map<String, Object> customer = client(unique("Integrated"));
        Api.as("integration").body(customer).post("/api/v1/clients").then()
                .statusCode(400).body("errors.field", hasItem("ownerId"));
        customer.put("lifecycle", "prospect");
        Api.as("integration").body(customer).post("/api/v1/clients").then()
                .statusCode(400).body("errors.field", hasItem("team"));
    }

    private static io.restassured.response.Response patch(String user, String id, Map<String, Object> body) {
        return Api.as(user).header("If-Match", TestClients.ifMatch(id)).contentType("application/merge-patch+json")
                .body(body).patch("/api/v1/clients/" + id);
    }
}
