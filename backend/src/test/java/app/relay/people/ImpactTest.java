package app.relay.people;

import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.ifMatch;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.relay.identity.DirectorySync;
import app.relay.identity.Roles;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "If this manager left today": what a departure would put at risk, for one person and ranked for a team. */
@QuarkusTest
class ImpactTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static String person;

    @Inject
    DirectorySync sync;

    @BeforeAll
    static void createPerson() {
        String[] user = KeycloakUsers.createInNorth("impact");
        person = user[0];
        KeycloakUsers.grantRealmRole(person, Roles.SALES_MANAGER);
    }

    @AfterAll
    static void removePerson() {
        KeycloakUsers.delete(person);
    }

    private static String held(String segment, String coOwner) {
        return heldBy(person, coOwner, segment, "Impact");
    }

    private static void contact(String clientId, boolean corporate, List<String> functions) {
        Api.as("hugo").body(Map.of("fullName", unique("Contact"), "functions", functions, "channels",
                        List.of(Map.of("kind", "phone", "value", "+40721234567", "corporate", corporate))))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201);
    }

    @Test
    void aSupervisorSeesWhatTheDepartureWouldPutAtRisk() throws IOException {
        sync.syncNow();
        // Alone at a VIP, reached only by a personal phone, nobody known to decide: at risk three times over.
        String alone = held("vip", null);
        contact(alone, false, List.of("orders"));
        // Shared with sam, its decision maker on a corporate line: not at risk.
        String shared = held("medium", SAM);
        contact(shared, true, List.of("decision_maker"));
        String deleted = held("outsider", null);
        Api.as("hugo").header("If-Match", ifMatch(deleted)).delete("/api/v1/clients/" + deleted).then().statusCode(204);

        Response impact = Api.as("hugo").get("/api/v1/users/" + person + "/impact");
        impact.then().statusCode(200).body("clients", equalTo(2)).body("bySegment.vip", equalTo(1))
                .body("bySegment.medium", equalTo(1)).body("topSegment", equalTo(1)).body("onlyParty", equalTo(1))
                .body("personalOnlyContacts", equalTo(1)).body("noDecisionMaker", equalTo(1)).body("atRisk", equalTo(1))
                .body("redactedFields", equalTo(List.of()));
        Api.as("dana").get("/api/v1/users/" + person + "/impact").then().statusCode(200).body("clients", equalTo(2));
        // Not for a colleague; another team's head of sales is told the person is not theirs to see.
        Api.as("sam").get("/api/v1/users/" + person + "/impact").then().statusCode(403);
        Api.as("hana").get("/api/v1/users/" + person + "/impact").then().statusCode(404);
        Api.as("hugo").get("/api/v1/users/nobody/impact").then().statusCode(404);

        Response ranking = Api.as("hugo").queryParam("team", "north").get("/api/v1/users/impact");
        ranking.then().statusCode(200).body("items.userId", hasItem(person))
                .body("items.find { it.userId == '" + person + "' }.atRisk", equalTo(1));
        List<Integer> risks = ranking.jsonPath().getList("items.atRisk", Integer.class);
        assertThat(risks).as("most at risk first").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        Api.as("hana").get("/api/v1/users/impact").then().statusCode(200)
                .body("items.userId", org.hamcrest.Matchers.not(hasItem(person)));
        Api.as("sam").get("/api/v1/users/impact").then().statusCode(403);
    }
}
