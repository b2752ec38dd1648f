package app.relay.pipeline;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The conveyor's stages are data: everyone reads them in the board's order, the director and admins make, reorder
 * and archive them; a stage clients stand at is neither archived nor moved to another phase.
 */
@QuarkusTest
class StageTest {
    static List<Map<String, Object>> stages(String user) {
        return Api.as(user).get("/api/v1/pipeline/stages").then().statusCode(200).extract().jsonPath().getList("items");
    }

    static String stageId(String key) {
        return (String) stages("dana").stream().filter(s -> s.get("key").equals(key)).findFirst().orElseThrow()
                .get("id");
    }

    private static int freePosition() {
        return stages("ada").stream().mapToInt(s -> (Integer) s.get("position")).max().orElse(0) + 1;
    }

    private static Map<String, Object> stage(String key, String phase, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("names", Map.of("en", "Test " + key));
        body.put("phase", phase);
        body.put("position", position);
        return body;
    }

    private static String key() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response patch(String user, String stageId, Object body) {
        String etag = Api.as(user).get("/api/v1/pipeline/stages/" + stageId).then().statusCode(200).extract()
                .header("ETag");
        return Api.as(user).header("If-Match", etag).contentType("application/merge-patch+json").body(body)
                .patch("/api/v1/pipeline/stages/" + stageId);
    }

    @Test
    void everyoneReadsTheShippedConveyorInOrder() {
        List<Map<String, Object>> shipped = stages("leo").stream()
                .filter(s -> !((String) s.get("key")).startsWith("t-")).toList();
        assertThat(shipped).extracting(s -> s.get("key")).containsExactly("new-lead", "contacted", "qualified",
                "meeting-agreed", "proposal", "agreed-to-sign", "first-contract", "regular-customer", "lost");
        assertThat(shipped).extracting(s -> s.get("phase")).containsExactly("lead", "lead", "sales", "sales", "sales",
                "sales", "account", "account", "lost");
        assertThat(shipped.get(5)).containsEntry("names", Map.of("en", "Agreed to sign", "ro", "De acord să semneze",
                "ru", "Согласны подписать", "es", "Acuerdo para firmar"));
    }

    @Test
    void newClientsStandWhereTheirLifecycleSaysAndALifecycleByHandStaysInItsPhase() {
        Map<String, Object> lead = client(unique("Stage lead"));
        lead.put("lifecycle", "prospect");
        String id = TestClients.create("hugo", lead);
        Map<String, Object> view = Api.as("hugo").get("/api/v1/clients/" + id).then().statusCode(200).extract()
                .jsonPath().getMap("");
        assertThat(view).containsEntry("stageId", stageId("new-lead")).containsEntry("phase", "lead");

        String customer = TestClients.create("hugo", unique("Stage customer"));
        assertThat((String) Api.as("hugo").get("/api/v1/clients/" + customer).path("stageId"))
                .isEqualTo(stageId("regular-customer"));

        // A lifecycle by hand that its phase contradicts is a move on the conveyor: refused here, made there.
        Api.as("hugo").header("If-Match", TestClients.ifMatch(id)).contentType("application/merge-patch+json")
                .body(Map.of("lifecycle", "lost")).patch("/api/v1/clients/" + id).then().statusCode(409)
                .body("detail", containsString("/stage"));
        Api.as("hugo").header("If-Match", TestClients.ifMatch(customer)).contentType("application/merge-patch+json")
                .body(Map.of("lifecycle", "passive")).patch("/api/v1/clients/" + customer).then().statusCode(200)
                .body("stageId", org.hamcrest.Matchers.equalTo(stageId("regular-customer")));
    }

    @Test
    void theDirectorMakesReordersAndArchivesStagesNobodyElse() {
        String key = key();
        int position = freePosition();
        Api.as("sam").body(stage(key, "sales", position)).post("/api/v1/pipeline/stages").then().statusCode(403);
        Api.as("hugo").body(stage(key, "sales", position)).post("/api/v1/pipeline/stages").then().statusCode(403);
        String id = Api.as("dana").body(stage(key, "sales", position)).post("/api/v1/pipeline/stages").then()
                .statusCode(201).extract().path("id");
        assertThat(stages("sam")).extracting(s -> s.get("key")).contains(key);

        Api.as("dana").body(stage(key(), "sales", position)).post("/api/v1/pipeline/stages").then().statusCode(409)
                .body("detail", containsString(key));
        Api.as("dana").body(stage(key, "lead", freePosition())).post("/api/v1/pipeline/stages").then()
                .statusCode(409);
        Api.as("dana").contentType("application/merge-patch+json").body(Map.of("position", position + 1))
                .patch("/api/v1/pipeline/stages/" + id).then().statusCode(428);
        patch("dana", id, Map.of("key", "other")).then().statusCode(409);
        patch("sam", id, Map.of("archived", true)).then().statusCode(403);
        patch("dana", id, Map.of("archived", true)).then().statusCode(200)
                .body("archivedAt", org.hamcrest.Matchers.notNullValue());
        patch("dana", id, Map.of("archived", false, "names", Map.of("en", "Back again"))).then().statusCode(200)
                .body("archivedAt", org.hamcrest.Matchers.nullValue())
                .body("names.en", org.hamcrest.Matchers.equalTo("Back again"));
        // Out of the other tests' boards again.
        patch("dana", id, Map.of("archived", true)).then().statusCode(200);
    }

    @Test
    void aStageClientsStandAtIsNeitherArchivedNorMovedToAnotherPhase() {
        String stage = Api.as("dana").body(stage(key(), "lead", freePosition())).post("/api/v1/pipeline/stages")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> lead = client(unique("Held stage"));
        lead.put("lifecycle", "prospect");
        String client = TestClients.create("hugo", lead);
        Api.as("hugo").body(Map.of("stageId", stage)).post("/api/v1/clients/" + client + "/stage").then()
                .statusCode(200);

        patch("dana", stage, Map.of("archived", true)).then().statusCode(409).body("detail", containsString("1 clients"));
        patch("dana", stage, Map.of("phase", "sales")).then().statusCode(409);
        assertThat(Api.as("dana").get("/api/v1/pipeline/stages/" + stage).<String>path("archivedAt")).isNull();

        Api.as("hugo").body(Map.of("stageId", stageId("contacted"))).post("/api/v1/clients/" + client + "/stage")
                .then().statusCode(200);
        patch("dana", stage, Map.of("archived", true)).then().statusCode(200);
        // An archived stage takes no one.
        Api.as("hugo").body(Map.of("stageId", stage)).post("/api/v1/clients/" + client + "/stage").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("stageId"));
    }

    @Test
    void theLastStageOfAPhaseStays() {
        patch("dana", stageId("lost"), Map.of("archived", true)).then().statusCode(409)
                .body("detail", containsString("last stage of the lost phase"));
    }
}
