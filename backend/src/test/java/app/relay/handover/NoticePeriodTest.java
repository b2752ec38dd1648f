package app.relay.handover;

import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.ifMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.relay.identity.DirectorySync;
import app.relay.identity.Roles;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.TestClients;
import app.relay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A resignation leaves the person at work until their last working day, on their handover only: they read
 * the clients they stand at (not their team's, even as its head of sales), write up their items, and nothing
 * else; every read is audited. Cancelling the handover gives them their access back.
 */
@QuarkusTest
class NoticePeriodTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static String leaverId;

    @Inject
    DirectorySync sync;

    @AfterAll
    static void removeLeaver() {
        if (leaverId != null) {
            KeycloakUsers.delete(leaverId);
        }
    }

    @Test
    void aResigningHeadOfSalesWorksOnTheirHandoverOnly() throws IOException {
        String[] user = KeycloakUsers.createInNorth("resigning");
        leaverId = user[0];
        KeycloakUsers.grantRealmRole(leaverId, Roles.HEAD_OF_SALES);
        sync.syncNow();
        String token = Tokens.fetch(user[1]);
        String own = heldBy(leaverId, null, "medium", "Own");
        String teams = heldBy(SAM, null, "medium", "Team's");
        as(token).get("/api/v1/clients/" + teams).then().statusCode(200);

        LocalDate last = LocalDate.now().plusDays(10);
        String handover = Api.as("dana").body(Map.of("kind", "departure", "userId", leaverId, "reason", "resignation",
                "lastWorkingDay", last.toString())).post("/api/v1/handovers").then().statusCode(201).extract().path("id");

        as(token).get("/api/v1/me").then().statusCode(200)
                .body("noticeUntil", equalTo(last.toString())).body("capabilities", equalTo(List.of()))
                .body("fields['client.notes']", equalTo("read")).body("fields['handover.stateOfWork']", equalTo("write"));
        // Their own clients only: the team they headed is out of sight.
        as(token).get("/api/v1/clients/" + own).then().statusCode(200);
        as(token).get("/api/v1/clients/" + teams).then().statusCode(404);
        List<String> listed = as(token).queryParam("limit", 200).get("/api/v1/clients").then().statusCode(200)
                .extract().path("items.id");
        assertThat(listed).contains(own).doesNotContain(teams);
        as(token).get("/api/v1/clients/" + own + "/contacts").then().statusCode(200);
        as(token).get("/api/v1/clients/" + own + "/history").then().statusCode(200);

        // Nothing new, nothing changed, nothing taken away, nobody supervised.
        refused(as(token).body(TestClients.client(TestClients.unique("New"))).post("/api/v1/clients"));
        refused(as(token).header("If-Match", ifMatch(own)).contentType("application/merge-patch+json")
                .body(Map.of("notes", "changed")).patch("/api/v1/clients/" + own));
        refused(as(token).accept("text/csv").get("/api/v1/exports/clients.csv"));
        refused(as(token).get("/api/v1/audit"));
        refused(as(token).get("/api/v1/users/impact"));
        refused(as(token).get("/api/v1/users/" + SAM + "/impact"));
        refused(as(token).body(Map.of("userId", SAM, "kind", "partner"))
                .post("/api/v1/clients/" + own + "/parties"));

        // Nobody gives them clients any more.
        Api.as("dana").header("If-Match", ifMatch(teams)).contentType("application/merge-patch+json")
                .body(Map.of("ownerId", leaverId)).patch("/api/v1/clients/" + teams).then().statusCode(400);

        // Their handover is theirs to write up.
        Map<String, Object> item = as(token).get("/api/v1/handovers/" + handover + "/items").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.clientId == '" + own + "' }");
        as(token).header("If-Match", "\"" + item.get("version") + "\"").contentType("application/merge-patch+json")
                .body(Map.of("stateOfWork", "Quote sent on Monday", "reviewed", true))
                .patch("/api/v1/handovers/" + handover + "/items/" + item.get("id"))
                .then().statusCode(200).body("stateOfWork", equalTo("Quote sent on Monday"));

        // Each read of theirs is in the audit log, for the supervisors to see.
        List<String> actions = Api.as("dana").queryParam("actorId", leaverId).queryParam("clientId", own)
                .get("/api/v1/audit").then().statusCode(200).extract().path("items.action");
        assertThat(actions).contains("read");

        // A cancelled departure gives the person their work back.
        Api.as("dana").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(200);
        as(token).get("/api/v1/clients/" + teams).then().statusCode(200);
        as(token).get("/api/v1/me").then().statusCode(200).body("noticeUntil", equalTo(null));
    }

    private static RequestSpecification as(String token) {
        return Api.anonymous().auth().oauth2(token);
    }

    private static void refused(io.restassured.response.Response response) {
        response.then().statusCode(403).body("type", equalTo("/problems/notice-period"));
    }
}
