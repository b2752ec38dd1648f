package app.relay.pipeline;

import static app.relay.pipeline.StageTest.stageId;
import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The board counts, sums and shows each stage's clients under the caller's row scope and field rules. */
@QuarkusTest
class PipelineBoardTest {
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
