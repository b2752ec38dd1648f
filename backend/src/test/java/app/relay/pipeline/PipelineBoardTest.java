package app.relay.pipeline;

import static app.relay.pipeline.StageTest.stageId;
import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The board counts, sums and shows each stage's clients under the caller's row scope and field rules. */
@QuarkusTest
class PipelineBoardTest {
    @Inject
    StageTallyFold fold;
    @Inject
    EntityManager em;
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";

    private static String prospect(String tag, String owner) {
        Map<String, Object> body = new HashMap<>(client(unique("Board")));
        body.put("lifecycle", "prospect");
        body.put("tags", List.of(tag));
        body.put("qualification", Map.of("money", "yes", "authority", "owner", "need", "storage"));
        if (owner != null) {
            body.put("ownerId", owner);
        }
        return TestClients.create("hugo", body);
    }

    private static JsonPath board(String user, Map<String, Object> query) {
        return Api.as(user).queryParams(query).get("/api/v1/pipeline/board").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> column(JsonPath board, String stageKey) {
        return board.getMap("columns.find { it.stageId == '" + stageId(stageKey) + "' }");
    }

    @Test
    void eachColumnCountsAndSumsWhatTheCallerMaySee() {
        String tag = "board-" + UUID.randomUUID().toString().substring(0, 8);
        String first = prospect(tag, null);
        String second = prospect(tag, null);
        String deal = prospect(tag, SAM);
        Api.as("hugo").body(Map.of("stageId", stageId("proposal"))).post("/api/v1/clients/" + deal + "/stage").then()
                .statusCode(200);
        Api.as("hugo").body(Map.of("date", LocalDate.now().minusDays(3).toString(), "amount", 1200, "currency", "EUR"))
                .post("/api/v1/clients/" + deal + "/orders").then().statusCode(201);

        JsonPath hugo = board("hugo", Map.of("tag", tag));
        assertThat(hugo.getList("columns.stageId")).startsWith(stageId("new-lead"), stageId("contacted"),
                stageId("qualified"));
        assertThat(column(hugo, "new-lead")).containsEntry("count", 2).containsEntry("sum", 0);
        assertThat(hugo.getList("columns.find { it.stageId == '" + stageId("new-lead") + "' }.items.id", String.class))
                .containsExactlyInAnyOrder(first, second);
        assertThat(column(hugo, "proposal")).containsEntry("count", 1).containsEntry("sum", 1200.0f);
        assertThat(hugo.getBoolean("sumsWithheld")).isFalse();
        assertThat(hugo.getString("currency")).isEqualTo("EUR");

        // A lead generator sees the team's leads, not the proposal, and no money.
        JsonPath leo = board("leo", Map.of("tag", tag));
        assertThat(column(leo, "new-lead")).containsEntry("count", 2).doesNotContainKey("sum");
        assertThat(column(leo, "proposal")).containsEntry("count", 0);
        assertThat(leo.getBoolean("sumsWithheld")).isTrue();
        // Sam sees the client he owns only.
        JsonPath sam = board("sam", Map.of("tag", tag));
        assertThat(column(sam, "new-lead")).containsEntry("count", 0);
        assertThat(column(sam, "proposal")).containsEntry("count", 1);
        // South sees none of it.
        assertThat(board("hana", Map.of("tag", tag)).getList("columns.count", Integer.class)).containsOnly(0);
    }

    @Test
    void aColumnPagesOnItsOwn() {
        String tag = "board-" + UUID.randomUUID().toString().substring(0, 8);
        String one = prospect(tag, null);
        String two = prospect(tag, null);
        JsonPath first = board("hugo", Map.of("tag", tag, "limit", 1));
        Map<String, Object> leads = column(first, "new-lead");
        assertThat((List<?>) leads.get("items")).hasSize(1);
        String cursor = (String) leads.get("nextCursor");
        assertThat(cursor).isNotNull();

        JsonPath next = board("hugo", Map.of("tag", tag, "limit", 1, "stageId", stageId("new-lead"), "cursor", cursor));
        assertThat(next.getList("columns")).hasSize(1);
        List<String> seen = List.of(((Map<?, ?>) ((List<?>) leads.get("items")).get(0)).get("id").toString(),
                next.getString("columns[0].items[0].id"));
        assertThat(seen).containsExactlyInAnyOrder(one, two);
        assertThat(next.getString("columns[0].nextCursor")).isNull();
    }

    @Test
    void theKeptTotalsCountWhatAListWould() {
        fold.run();
        prospect("board-kept", null); // a delta not folded yet, beside the folded totals
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("segment", "key"), Map.of("ownerId", SAM),
                Map.of("ownerId", "none"), Map.of("team", "north", "segment", "medium"));
        int compared = 0;
        for (String user : List.of("hugo", "leo", "sam", "alex", "dana", "hana", "sid")) {
            for (Map<String, Object> filter : filters) {
                var answer = Api.as(user).queryParams(filter).get("/api/v1/pipeline/board").then().extract();
                if (answer.statusCode() == 400) {
                    // A filter on a field the role may not read: refused on the list as well.
                    assertThat(Api.as(user).queryParams(filter).get("/api/v1/clients").then().extract().statusCode())
                            .as("%s with %s", user, filter).isEqualTo(400);
                    continue;
                }
                assertThat(answer.statusCode()).isEqualTo(200);
                JsonPath board = answer.jsonPath();
                for (String stage : board.getList("columns.stageId", String.class)) {
                    Map<String, Object> query = new HashMap<>(filter);
                    query.putAll(Map.of("stageId", stage, "total", "true", "limit", 1));
                    int listed = Api.as(user).queryParams(query).get("/api/v1/clients").then().statusCode(200)
                            .extract().path("total");
                    assertThat(board.getInt("columns.find { it.stageId == '" + stage + "' }.count"))
                            .as("%s at %s with %s", user, stage, filter).isEqualTo(listed);
                    compared++;
                }
            }
        }
        assertThat(compared).as("every role and filter but the refused ones, column by column").isGreaterThan(200);
    }

    @Test
    void theKeptTotalsFollowEveryChange() {
        String client = prospect("board-kept", null);
        Map<String, Number> before = figures("hugo");
        Map<String, Number> samBefore = figures("sam");
        Api.as("hugo").body(Map.of("date", LocalDate.now().minusDays(3).toString(), "amount", 500, "currency", "EUR"))
                .post("/api/v1/clients/" + client + "/orders").then().statusCode(201);
        assertThat(figures("hugo")).as("a new lead with an order").isEqualTo(changed(before, 0, 500, 0, 0));
        fold.run();
        Api.as("hugo").body(Map.of("stageId", stageId("proposal"))).post("/api/v1/clients/" + client + "/stage").then()
                .statusCode(200);
        assertThat(figures("hugo")).as("moved to a proposal").isEqualTo(changed(before, -1, 0, 1, 500));
        Api.as("hugo").header("If-Match", TestClients.ifMatch(client)).delete("/api/v1/clients/" + client).then()
                .statusCode(204);
        fold.run();
        assertThat(figures("hugo")).as("deleted").isEqualTo(changed(before, -1, 0, 0, 0));
        Api.as("hugo").post("/api/v1/clients/" + client + "/restore").then().statusCode(200);
        assertThat(figures("hugo")).as("restored").isEqualTo(changed(before, -1, 0, 1, 500));
        // Given to sam: his own cells take it (and his board its money); hugo's team still counts it once.
        assertThat(figures("sam")).as("not sam's yet").isEqualTo(samBefore);
        patch(client, Map.of("ownerId", SAM));
        assertThat(figures("sam")).as("sam's now").isEqualTo(changed(samBefore, 0, 0, 1, 500));
        assertThat(figures("hugo")).as("owner changed").isEqualTo(changed(before, -1, 0, 1, 500));
        // Moved to the south team: out of north's cells, and still sam's.
        patch(client, Map.of("team", "south"));
        fold.run();
        assertThat(figures("hugo")).as("team changed").isEqualTo(changed(before, -1, 0, 0, 0));
        assertThat(figures("sam")).as("sam's in the south").isEqualTo(changed(samBefore, 0, 0, 1, 500));
    }

    @Test
    void anUnfilteredBoardReadsTheKeptTotals() {
        Map<String, Number> before = figures("hugo");
        // A delta no client stands behind (as if a bulk load had gone around the triggers): the board counts it,
        // so the board reads the kept totals, not the clients.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into stage_tally_delta (team, owner_id, "
                + "stage_id, clients, revenue_12m) values ('north', null, :stage, 1000, 0)")
                .setParameter("stage", UUID.fromString(stageId("new-lead"))).executeUpdate());
        try {
            assertThat(figures("hugo")).isEqualTo(changed(before, 1000, 0, 0, 0));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select relay_recount_stage_tally()")
                    .getSingleResult());
        }
        assertThat(figures("hugo")).as("counted afresh").isEqualTo(before);
    }

    /** A change by the director (who may give any client to anyone, in any team). */
    private static void patch(String client, Map<String, Object> change) {
        Api.as("dana").header("If-Match", TestClients.ifMatch(client)).contentType("application/merge-patch+json")
                .body(change).patch("/api/v1/clients/" + client).then().statusCode(200);
    }

    /** Someone's count and sum of new leads and of proposals. */
    private static Map<String, Number> figures(String user) {
        JsonPath hugo = board(user, Map.of("limit", 1))
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, Object> leads = column(hugo, "new-lead");
        Map<String, Object> proposals = column(hugo, "proposal");
        return Map.of("leads", ((Number) leads.get("count")).intValue(), "leadsSum", money(leads.get("sum")),
                "proposals", ((Number) proposals.get("count")).intValue(),
                "proposalsSum", money(proposals.get("sum")));
    }

    private static BigDecimal money(Object sum) {
        return new BigDecimal(sum.toString()).stripTrailingZeros();
    }

    private static Map<String, Number> changed(Map<String, Number> base, int leads, int leadsSum, int proposals,
            int proposalsSum) {
        return Map.of("leads", base.get("leads").intValue() + leads,
                "leadsSum", ((BigDecimal) base.get("leadsSum")).add(BigDecimal.valueOf(leadsSum)).stripTrailingZeros(),
                "proposals", base.get("proposals").intValue() + proposals,
                "proposalsSum", ((BigDecimal) base.get("proposalsSum")).add(BigDecimal.valueOf(proposalsSum)).stripTrailingZeros());
    }

    @Test
    void badBoardQueriesAreProblems() {
        Api.as("hugo").queryParam("cursor", "x").get("/api/v1/pipeline/board").then().statusCode(400);
        Api.as("hugo").queryParam("stageId", UUID.randomUUID().toString()).get("/api/v1/pipeline/board").then()
                .statusCode(400).body("errors[0].field", equalTo("stageId"));
        Api.as("hugo").queryParam("limit", 101).get("/api/v1/pipeline/board").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.as("hugo").queryParam("segment", "nope").get("/api/v1/pipeline/board").then().statusCode(400)
                .body("errors[0].field", equalTo("segment"));
    }
}
