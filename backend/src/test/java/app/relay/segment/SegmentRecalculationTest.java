package app.relay.segment;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The segments' rules placing clients: ABC by revenue share (the client crossing the line is in), recency
 * windows, the rest in the lowest segment, lifecycle by recency, clients set by hand left alone; a preview
 * applied exactly, or refused when anything changed; the nightly job once across instances.
 */
@QuarkusTest
class SegmentRecalculationTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    EntityManager em;
    @Inject
    SegmentRecalculationJob job;

    /** An active client of hugo's team, in no segment yet, with one order of this amount on this day. */
    private static String withOrder(String prefix, String amount, LocalDate day) {
        String id = TestClients.create("hugo", client(unique(prefix)));
        Api.as("hugo").body(Map.of("date", day.toString(), "amount", new java.math.BigDecimal(amount), "currency", "EUR"))
                .post("/api/v1/clients/" + id + "/orders").then().statusCode(201);
        return id;
    }

    private static Response recalculate(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/segments/recalculation");
    }

    /** The preview's moves by client: [from segment, to segment, from lifecycle, to lifecycle]. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> moves(String recalculationId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select cast(client_id "
                + "as text), from_segment, to_segment, from_lifecycle, to_lifecycle from segment_move "
                + "where recalculation_id = cast(:id as uuid)").setParameter("id", recalculationId).getResultList());
        Map<String, List<String>> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], java.util.Arrays.asList((String) r[1], (String) r[2], (String) r[3],
                (String) r[4])));
        return out;
    }

    private static String lowestSegment() {
        List<String> keys = Api.as("hugo").get("/api/v1/segments").jsonPath().getList("items.key");
        return keys.get(keys.size() - 1);
    }

    private static Map<String, Object> clientOf(String id) {
        return Api.as("hugo").get("/api/v1/clients/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void aPreviewListsWhomTheRulesMoveAndApplyingItMovesExactlyThose() {
        // Revenues this large outweigh everything else in the test base: the shares are these four's.
        String a = withOrder("ABC 40%", "400000000000", TODAY.minusDays(10));
        String b = withOrder("ABC 30%", "300000000000", TODAY.minusDays(20));
        String c = withOrder("ABC 20%", "200000000000", TODAY.minusDays(30));
        String d = withOrder("ABC 10%", "100000000000", TODAY.minusDays(364));
        String old = withOrder("Ordered long ago", "100", TODAY.minusDays(400));
        // A lost client is no customer the rules place, nor one whose revenue counts in the shares: were it counted,
        // its half a trillion would push b out of the first half.
        String lost = withOrder("Lost but big", "500000000000", TODAY.minusDays(15));
        String lostStage = Api.as("hugo").get("/api/v1/pipeline/stages").path("items.find { it.key == 'lost' }.id");
        Api.as("hugo").body(Map.of("stageId", lostStage, "reason", "went to a competitor"))
                .post("/api/v1/clients/" + lost + "/stage").then().statusCode(200);

        Response preview = recalculate("hugo", Map.of("preview", true));
        preview.then().statusCode(200).body("state", equalTo("previewed")).body("asOf", equalTo(TODAY.toString()));
        String id = preview.path("id");
        Map<String, List<String>> moves = moves(id);
        assertThat(moves.get(a)).as("the top 40 %% are within the first half").containsExactly(null, "vip", "active", "active");
        assertThat(moves.get(b)).as("the client crossing 50 %% is in").containsExactly(null, "vip", "active", "active");
        assertThat(moves.get(c)).as("70 %% before it: within 80 %%").containsExactly(null, "key", "active", "active");
        assertThat(moves.get(d)).as("90 %% before it, ordered 364 days ago").containsExactly(null, "medium", "active",
                "active");
        assertThat(moves.get(old)).as("no rule takes it; its last order is past the active window")
                .containsExactly(null, lowestSegment(), "active", "passive");
        assertThat(moves).doesNotContainKey(lost);
        assertThat(clientOf(a).get("segment")).as("a preview moves nobody").isNull();

        recalculate("hugo", Map.of("recalculationId", id)).then().statusCode(200).body("state", equalTo("applied"))
                .body("applied", equalTo(preview.path("moves")));
        assertThat(clientOf(a)).containsEntry("segment", "vip").containsEntry("lifecycle", "active");
        assertThat(clientOf(old)).containsEntry("segment", lowestSegment()).containsEntry("lifecycle", "passive");
        Api.as("hugo").get("/api/v1/clients/" + c + "/history").then().statusCode(200)
                .body("items[0].changes.segment.to", equalTo("key"));
        recalculate("hugo", Map.of("recalculationId", id)).then().statusCode(409)
                .body("detail", containsString("applied"));
    }

    @Test
    void aPreviewIsRefusedOnceWhatItWasComputedFromChanged() {
        withOrder("Before the preview", "1000", TODAY.minusDays(5));
        String id = recalculate("hugo", Map.of("preview", true)).then().statusCode(200).extract().path("id");
        String late = withOrder("After the preview", "1000", TODAY.minusDays(5));

        recalculate("hugo", Map.of("recalculationId", id)).then().statusCode(409)
                .body("detail", containsString("preview again"));
        assertThat(clientOf(late).get("segment")).isNull();
        recalculate("hugo", Map.of("recalculationId", id)).then().statusCode(409).body("detail", containsString("stale"));
        recalculate("sara", Map.of("recalculationId", id)).then().statusCode(403);
        recalculate("dana", Map.of("recalculationId", id)).then().statusCode(404);
        recalculate("hugo", Map.of("recalculationId", UUID.randomUUID().toString())).then().statusCode(404);
        recalculate("hugo", Map.of("preview", true, "recalculationId", id)).then().statusCode(400);
        recalculate("hugo", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("recalculationId"));
        // Hana heads the south: hugo's north clients are not hers to move.
        String south = recalculate("hana", Map.of("preview", true)).then().statusCode(200).extract().path("id");
        assertThat(moves(south)).doesNotContainKey(late);
    }

    @Test
    void aSegmentSetByHandWithAReasonStaysUntilItIsGivenBackToTheRules() {
        String pinned = withOrder("Set by hand", "1000", TODAY.minusDays(5));
        Api.as("hugo").body(Map.of("segment", "outsider", "reason", "pays late, watch it"))
                .post("/api/v1/clients/" + pinned + "/segment").then().statusCode(200)
                .body("segment", equalTo("outsider")).body("pinned", equalTo(true))
                .body("reason", equalTo("pays late, watch it")).body("pinnedByName", equalTo("Hugo Petrescu"));
        String id = recalculate("hugo", Map.of("preview", true)).then().statusCode(200).extract().path("id");
        assertThat(moves(id)).doesNotContainKey(pinned);

        Api.as("hugo").body(Map.of("pinned", false)).post("/api/v1/clients/" + pinned + "/segment").then()
                .statusCode(200).body("pinned", equalTo(false)).body("segment", equalTo("outsider"));
        String again = recalculate("hugo", Map.of("preview", true)).then().statusCode(200).extract().path("id");
        assertThat(moves(again).get(pinned)).containsExactly("outsider", "medium", "active", "active");
        // A newer preview replaced it.
        recalculate("hugo", Map.of("recalculationId", id)).then().statusCode(404);

        // Moved in the form: pinned again, and the old reason (for another segment) is gone.
        Api.as("hugo").body(Map.of("segment", "outsider", "reason", "pays late")).post("/api/v1/clients/" + pinned
                + "/segment").then().statusCode(200);
        Api.as("hugo").header("If-Match", TestClients.ifMatch(pinned)).contentType("application/merge-patch+json")
                .body(Map.of("segment", "medium")).patch("/api/v1/clients/" + pinned).then().statusCode(200);
        Api.as("hugo").get("/api/v1/clients/" + pinned + "/segment").then().body("pinned", equalTo(true))
                .body("segment", equalTo("medium")).body("reason", org.hamcrest.Matchers.nullValue());

        // The client's form pins too; only those who may write the segment set it, by either way.
        String formSet = heldBy(SAM, null, "medium", "Form set");
        Api.as("sam").get("/api/v1/clients/" + formSet + "/segment").then().statusCode(200)
                .body("pinned", equalTo(true)).body("segment", equalTo("medium"));
        Api.as("sam").body(Map.of("segment", "outsider", "reason", "mine")).post("/api/v1/clients/" + formSet
                + "/segment").then().statusCode(403);
        Api.as("sid").get("/api/v1/clients/" + formSet + "/segment").then().statusCode(404);
        Api.as("hugo").body(Map.of("segment", "platinum")).post("/api/v1/clients/" + formSet + "/segment").then()
                .statusCode(400).body("errors[0].field", equalTo("segment"));
        Api.as("hugo").body(Map.of("reason", "no segment")).post("/api/v1/clients/" + formSet + "/segment").then()
                .statusCode(400).body("errors[0].field", equalTo("segment"));
    }

    @Test
    void onlySupervisorsRecalculate() {
        recalculate("sam", Map.of("preview", true)).then().statusCode(403);
        recalculate("leo", Map.of("preview", true)).then().statusCode(403);
        recalculate("ada", Map.of("preview", true)).then().statusCode(403);
        recalculate("integration", Map.of("preview", true)).then().statusCode(403);
    }

    @Test
    void theNightlyJobRunsOnceADayWhateverTheInstances() throws Exception {
        String moved = withOrder("Nightly", "1000", TODAY.minusDays(3));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<SegmentRecalculationView> night = () -> job.run();
            List<Future<SegmentRecalculationView>> runs = instances.invokeAll(List.of(night, night));
            List<SegmentRecalculationView> done = runs.stream().map(run -> {
                try {
                    return run.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).filter(Objects::nonNull).toList();
            assertThat(done).as("one run a day, across instances").hasSize(1);
            assertThat(done.get(0).createdBy()).isEqualTo("system:" + SegmentRecalculationJob.NAME);
            assertThat(done.get(0).state()).isEqualTo("applied");
        } finally {
            instances.shutdown();
        }
        assertThat(clientOf(moved).get("segment")).isNotNull();
        assertThat(job.run()).as("the same day again").isNull();
    }
}
