package app.relay.pipeline;

import static app.relay.pipeline.StageTest.stageId;
import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each team's rule for handing on clients entering a phase: in turn, or the head of sales' choice. */
@QuarkusTest
class RoutingTest {
    private static final Map<String, Object> MAN = Map.of("money", "yes", "authority", "the owner", "need", "storage");

    private static JsonPath rules(String user) {
        return Api.as(user).get("/api/v1/pipeline/routing").then().statusCode(200).extract().jsonPath();
    }

    private static long version(String team, String phase) {
        return rules("dana").getLong("items.find { it.team == '" + team + "' && it.phase == '" + phase + "' }.version");
    }

    private static void set(String user, String team, String phase, String rule) {
        Api.as(user).header("If-Match", "\"" + version(team, phase) + "\"").body(Map.of("rule", rule))
                .put("/api/v1/pipeline/routing/" + team + "/" + phase).then().statusCode(200)
                .body("rule", equalTo(rule)).body("updatedBy", equalTo(user.equals("hugo")
                        ? "a0000000-0000-4000-8000-000000000003" : "a0000000-0000-4000-8000-000000000002"));
    }

    @Test
    void eachSupervisorReadsTheRulesOfTheTeamsTheySupervise() {
        assertThat(rules("dana").getList("items.team", String.class)).contains("north", "south");
        assertThat(rules("hugo").getList("items.team", String.class)).containsOnly("north");
        assertThat(rules("hugo").getList("items.phase", String.class)).containsExactly("sales", "account");
        assertThat(rules("hana").getList("items.team", String.class)).containsOnly("south");
        assertThat(rules("sam").getList("items")).isEmpty();
        assertThat(rules("leo").getList("items")).isEmpty();
    }

    @Test
    void whenTheHeadOfSalesChoosesAQualifiedLeadWaitsInTheTeamForAnOwner() {
        set("hugo", "north", "sales", "head-of-sales");
        try {
            Map<String, Object> body = client(unique("Chosen"));
            body.put("lifecycle", "prospect");
            String lead = TestClients.create("leo", body);
            Api.as("leo").body(Map.of("stageId", stageId("qualified"), "qualification", MAN))
                    .post("/api/v1/clients/" + lead + "/stage").then().statusCode(200)
                    .body("ownerBefore", equalTo("a0000000-0000-4000-8000-000000000007"))
                    .body("ownerAfter", nullValue());
            // Hugo finds it among the clients nobody holds, on the list and on the board; the sales managers do not.
            assertThat(Api.as("hugo").queryParams(Map.of("ownerId", "none", "stageId", stageId("qualified"), "limit", 200))
                    .get("/api/v1/clients").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                    .contains(lead);
            assertThat(Api.as("hugo").queryParams(Map.of("ownerId", "none", "limit", 100))
                    .get("/api/v1/pipeline/board").then().statusCode(200).extract().jsonPath()
                    .getList("columns.find { it.stageId == '" + stageId("qualified") + "' }.items.id", String.class))
                    .contains(lead);
            Api.as("sam").get("/api/v1/clients/" + lead).then().statusCode(404);
            // He chooses: sam holds it from now on.
            Api.as("hugo").header("If-Match", TestClients.ifMatch(lead)).contentType("application/merge-patch+json")
                    .body(Map.of("ownerId", "a0000000-0000-4000-8000-000000000004")).patch("/api/v1/clients/" + lead)
                    .then().statusCode(200);
            Api.as("sam").get("/api/v1/clients/" + lead).then().statusCode(200).body("phase", equalTo("sales"));
            // The change is in the audit log, with what it was before.
            assertThat(Api.as("dana").queryParams(Map.of("actorId", "a0000000-0000-4000-8000-000000000003",
                    "action", "update", "limit", 50)).get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.entityType == 'routing' }.detail", String.class))
                    .contains("north sales: round-robin → head-of-sales");
        } finally {
            set("hugo", "north", "sales", "round-robin");
        }
        // In turn again: the next qualified lead has an owner at once.
        Map<String, Object> body = client(unique("InTurn"));
        body.put("lifecycle", "prospect");
        String next = TestClients.create("leo", body);
        Api.as("leo").body(Map.of("stageId", stageId("qualified"), "qualification", MAN))
                .post("/api/v1/clients/" + next + "/stage").then().statusCode(200)
                .body("ownerAfter", notNullValue());
    }

    @Test
    void onlyTheTeamsSupervisorsSetItsRuleAndBadChangesChangeNothing() {
        long before = version("north", "account");
        String current = "\"" + before + "\"";
        Map<String, Object> rule = Map.of("rule", "head-of-sales");
        Api.as("sam").header("If-Match", current).body(rule).put("/api/v1/pipeline/routing/north/account").then()
                .statusCode(403);
        Api.as("hana").header("If-Match", current).body(rule).put("/api/v1/pipeline/routing/north/account").then()
                .statusCode(403);
        // A team he does not supervise is refused before anything is said of it; the director learns it is none.
        Api.as("hugo").header("If-Match", current).body(rule).put("/api/v1/pipeline/routing/nowhere/account").then()
                .statusCode(403);
        Api.as("dana").header("If-Match", current).body(rule).put("/api/v1/pipeline/routing/nowhere/account").then()
                .statusCode(404);
        Api.as("hugo").header("If-Match", current).body(rule).put("/api/v1/pipeline/routing/north/lead").then()
                .statusCode(400).body("errors[0].field", equalTo("phase"));
        Api.as("hugo").header("If-Match", current).body(Map.of("rule", "by-lot"))
                .put("/api/v1/pipeline/routing/north/account").then().statusCode(400)
                .body("errors[0].field", equalTo("rule"));
        Api.as("hugo").header("If-Match", current).body(Map.of()).put("/api/v1/pipeline/routing/north/account").then()
                .statusCode(400).body("errors[0].field", equalTo("rule"));
        Api.as("hugo").body(rule).put("/api/v1/pipeline/routing/north/account").then().statusCode(428);
        Api.as("hugo").header("If-Match", "\"" + (before + 7) + "\"").body(rule)
                .put("/api/v1/pipeline/routing/north/account").then().statusCode(412);
        // The rule it has already: nothing changes, not even the version.
        Api.as("hugo").header("If-Match", current).body(Map.of("rule", "round-robin"))
                .put("/api/v1/pipeline/routing/north/account").then().statusCode(200).body("rule", equalTo("round-robin"));
        assertThat(version("north", "account")).isEqualTo(before);
        assertThat(rules("hugo").getString("items.find { it.phase == 'account' }.rule")).isEqualTo("round-robin");
    }
}
