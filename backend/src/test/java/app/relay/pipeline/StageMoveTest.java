package app.relay.pipeline;

import static app.relay.pipeline.StageTest.stageId;
import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Moves on the conveyor: who may move a client where, the hand-over on a phase boundary (round-robin in the team),
 * the qualification a lead needs, the reason a loss needs, the timeline, and attribution that gives no sight.
 */
@QuarkusTest
class StageMoveTest {
    private static final String LEO = "a0000000-0000-4000-8000-000000000007";
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";
    private static final Map<String, Object> MAN = Map.of("money", "budget 20k EUR a year",
            "authority", "the owner signs", "need", "cold storage for 3 shops");

    /** A lead leo found: a north prospect he created (and so holds). */
    private static String leosLead() {
        Map<String, Object> lead = client(unique("Lead"));
        lead.put("lifecycle", "prospect");
        return TestClients.create("leo", lead);
    }

    /** A north lead hugo gives sam, with one more property. */
    private static String samsLead(String prefix, String property, Object value) {
        Map<String, Object> body = client(unique(prefix));
        body.putAll(Map.of("lifecycle", "prospect", "ownerId", SAM, property, value));
        return TestClients.create("hugo", body);
    }

    private static ValidatableResponse move(String user, String clientId, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/clients/" + clientId + "/stage").then();
    }

    private static Map<String, Object> to(String stageKey, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("stageId", stageId(stageKey)));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> read(String user, String id) {
        return Api.as(user).get("/api/v1/clients/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static List<Map<String, Object>> parties(String id) {
        return Api.as("dana").get("/api/v1/clients/" + id + "/parties").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    @Test
    void aLeadGeneratorWorksHisLeadAndHandsItToSalesOnceQualified() {
        String lead = leosLead();
        String due = LocalDate.now().plusDays(3).toString();
        move("leo", lead, to("contacted", "reason", "called the owner", "nextStep", "send the catalogue",
                "nextStepDue", due)).statusCode(200).body("toStageId", equalTo(stageId("contacted")))
                .body("movedBy", equalTo(LEO));
        assertThat(read("leo", lead)).containsEntry("nextStep", Map.of("text", "send the catalogue", "due", due))
                .containsEntry("stageId", stageId("contacted"));
        // The history tells the next step's day as a day, not as the parts of a date.
        Map<String, Object> step = Api.as("leo").get("/api/v1/clients/" + lead + "/history").jsonPath()
                .getMap("items.find { it.changes.nextStep != null }.changes.nextStep.to");
        assertThat(step).containsEntry("due", due).containsEntry("text", "send the catalogue");

        // Not into sales without Money, Authority and Need; not further into sales than its first stage.
        move("leo", lead, to("qualified")).statusCode(400).body("errors[0].field", equalTo("qualification"));
        move("leo", lead, to("qualified", "qualification", Map.of("money", "yes", "authority", " ")))
                .statusCode(400).body("errors[0].field", equalTo("qualification"));
        move("leo", lead, to("proposal", "qualification", MAN)).statusCode(403)
                .body("errors[0].field", equalTo("stageId"));
        assertThat(read("leo", lead)).containsEntry("stageId", stageId("contacted")).containsEntry("ownerId", LEO);

        String owner = move("leo", lead, to("qualified", "qualification", MAN, "nextStep", "meet the owner"))
                .statusCode(200).body("ownerBefore", equalTo(LEO)).extract().path("ownerAfter");
        assertThat(owner).isNotNull().isNotEqualTo(LEO);
        Map<String, Object> passed = read("dana", lead);
        assertThat(passed).containsEntry("ownerId", owner).containsEntry("phase", "sales")
                .containsEntry("lifecycle", "prospect").containsEntry("qualification", MAN);
        // Leo keeps only the attribution: who found and who qualified it, and no sight of it any more.
        Api.as("leo").get("/api/v1/clients/" + lead).then().statusCode(404);
        assertThat(parties(lead)).filteredOn(p -> LEO.equals(p.get("userId"))).extracting(p -> p.get("kind"))
                .containsExactlyInAnyOrder("finder", "qualifier");

        // The next lead in the team goes to the next sales manager in turn.
        String second = leosLead();
        String secondOwner = move("leo", second, to("qualified", "qualification", MAN)).statusCode(200).extract()
                .path("ownerAfter");
        assertThat(secondOwner).isNotNull().isNotEqualTo(owner).isNotEqualTo(LEO);
    }

    @Test
    void aSalesManagerClosesTheFirstDealAndTheClientPassesToAccountManagement() {
        String id = samsLead("Closing", "qualification", MAN);
        move("sam", id, to("meeting-agreed")).statusCode(200).body("ownerAfter", equalTo(SAM));
        move("sam", id, to("agreed-to-sign")).statusCode(200);
        // Handed on at the first stage of account management: to the team's account manager, sam is the closer.
        move("sam", id, to("first-contract", "reason", "contract signed")).statusCode(200)
                .body("ownerAfter", equalTo(ALEX));
        assertThat(read("dana", id)).containsEntry("lifecycle", "active").containsEntry("phase", "account")
                .containsEntry("ownerId", ALEX);
        assertThat(parties(id)).filteredOn(p -> "closer".equals(p.get("kind"))).extracting(p -> p.get("userId"))
                .containsExactly(SAM);
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(404);

        List<Map<String, Object>> timeline = Api.as("alex").get("/api/v1/clients/" + id + "/stage-moves").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(timeline).extracting(m -> m.get("toStageId")).containsExactly(stageId("first-contract"),
                stageId("agreed-to-sign"), stageId("meeting-agreed"));
        assertThat(timeline.get(0)).containsEntry("reason", "contract signed").containsEntry("movedBy", SAM)
                .containsEntry("ownerAfter", ALEX).containsEntry("ownerBefore", SAM);
        assertThat((String) timeline.get(0).get("ownerAfterName")).isNotBlank();
    }

    @Test
    void lostNeedsAReasonAndOnlyASupervisorReopensOrMovesBack() {
        String id = samsLead("Losing", "qualification", MAN);
        move("sam", id, to("proposal")).statusCode(200);
        move("sam", id, to("lost")).statusCode(400).body("errors[0].field", equalTo("reason"));
        move("sam", id, to("lost", "reason", "  ")).statusCode(400);
        move("sam", id, to("lost", "reason", "chose a competitor")).statusCode(200);
        assertThat(read("sam", id)).containsEntry("lifecycle", "lost").containsEntry("phase", "lost");

        move("sam", id, to("proposal")).statusCode(403).body("detail", containsString("head of sales"));
        move("hugo", id, to("proposal", "reason", "they came back")).statusCode(200);
        // Back from sales to the leads is the supervisors' too.
        move("sam", id, to("contacted")).statusCode(403);
        move("hugo", id, to("contacted")).statusCode(200);
        assertThat(read("hugo", id)).containsEntry("lifecycle", "prospect").containsEntry("phase", "lead");
    }

    @Test
    void aPhaseOneDoesNotWorkInIsRefusedAndBadMovesChangeNothing() {
        String id = samsLead("Not mine", "coOwnerId", ALEX);
        long version = TestClients.version("dana", id);
        move("alex", id, to("contacted")).statusCode(403).body("detail", containsString("lead phase"));
        move("sam", id, Map.of("stageId", "5e000000-0000-4000-8000-000000000001")).statusCode(400)
                .body("errors[0].field", equalTo("stageId"));
        move("sam", id, Map.of()).statusCode(400).body("errors[0].field", equalTo("stageId"));
        move("sam", id, to("new-lead")).statusCode(409);
        move("sam", id, to("contacted", "fromStageId", stageId("proposal"))).statusCode(409)
                .body("detail", containsString("meanwhile"));
        move("sam", id, to("contacted", "nextStepDue", LocalDate.now().plusDays(1).toString())).statusCode(400)
                .body("errors[0].field", equalTo("nextStep"));
        move("sam", id, to("contacted", "nextStep", "call", "nextStepDue", LocalDate.now().minusDays(1).toString()))
                .statusCode(400).body("errors[0].field", equalTo("nextStepDue"));
        move("sam", id, to("contacted", "ownerId", ALEX)).statusCode(403); // sam may not assign owners
        move("ada", id, to("contacted")).statusCode(403); // admins read the stage, they do not move clients
        assertThat(TestClients.version("dana", id)).isEqualTo(version);
        assertThat(Api.as("dana").get("/api/v1/clients/" + id + "/stage-moves").jsonPath().getList("items")).isEmpty();
        Api.as("leo").get("/api/v1/clients/" + id + "/stage-moves").then().statusCode(200);
        Api.as("sid").body(to("contacted")).post("/api/v1/clients/" + id + "/stage").then().statusCode(404);
    }

    @Test
    void aColleaguesLeadIsTheirsToPassOnAndAPartialQualificationAddsToWhatIsKnown() {
        String samsLead = samsLead("Sam's lead", "qualification", Map.of("money", "budget 5k"));
        // Leo sees the team's leads and works them, but hands on only his own or the pool's.
        move("leo", samsLead, to("contacted")).statusCode(200);
        move("leo", samsLead, to("qualified", "qualification", MAN)).statusCode(403)
                .body("errors[0].field", equalTo("stageId"));
        // Sam says what was missing; the money recorded before stays.
        move("sam", samsLead, to("qualified", "qualification", Map.of("authority", "the owner", "need", "storage")))
                .statusCode(200);
        assertThat(read("sam", samsLead)).containsEntry("qualification",
                Map.of("money", "budget 5k", "authority", "the owner", "need", "storage"));
    }

    @Test
    void aLeadGeneratorsLostLeadWaitsWithTheSupervisors() {
        String lead = leosLead();
        move("leo", lead, to("lost", "reason", "closed their business")).statusCode(200);
        Map<String, Object> lost = read("hugo", lead);
        assertThat(lost).containsEntry("lifecycle", "lost").containsEntry("phase", "lost");
        assertThat(lost.get("ownerId")).isNull();
        Api.as("leo").get("/api/v1/clients/" + lead).then().statusCode(404);
    }

    @Test
    void attributionIsWrittenByMovesAndNeverAssigned() {
        String lead = leosLead();
        Api.as("hugo").body(Map.of("userId", SAM, "kind", "finder")).post("/api/v1/clients/" + lead + "/parties")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        move("hugo", lead, to("contacted")).statusCode(200);
        assertThat(parties(lead)).filteredOn(p -> "finder".equals(p.get("kind"))).extracting(p -> p.get("userId"))
                .containsExactly(LEO);
    }
}
