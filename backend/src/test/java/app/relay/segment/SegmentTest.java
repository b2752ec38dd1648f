package app.relay.segment;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.ifMatch;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
 * Segments are data: everyone reads them, the director and admins make and change them, and the `supervised`
 * flag — not a segment's name — decides which clients the narrower rules cover.
 */
@QuarkusTest
class SegmentTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";

    private static List<Map<String, Object>> segments(String user) {
        return Api.as(user).get("/api/v1/segments").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static int freeRank() {
        return segments("ada").stream().mapToInt(s -> (Integer) s.get("rank")).max().orElse(0) + 1;
    }

    private static Map<String, Object> segment(String key, int rank, boolean supervised) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("names", Map.of("en", "Test " + key, "ro", "Test ro " + key));
        body.put("rank", rank);
        body.put("colour", "#2B8A3E");
        body.put("rule", Map.of("kind", "manual"));
        body.put("supervised", supervised);
        return body;
    }

    private static String key() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response patch(String user, String segmentId, Object body) {
        String etag = Api.as(user).get("/api/v1/segments/" + segmentId).then().statusCode(200).extract().header("ETag");
        return Api.as(user).header("If-Match", etag).contentType("application/merge-patch+json").body(body)
                .patch("/api/v1/segments/" + segmentId);
    }

    private static Response patchClient(String user, String clientId, Map<String, Object> body) {
        return Api.as(user).header("If-Match", ifMatch(clientId)).contentType("application/merge-patch+json")
                .body(body).patch("/api/v1/clients/" + clientId);
    }

    @Test
    void everyoneReadsTheShippedFourInRankOrder() {
        List<Map<String, Object>> shipped = segments("leo").subList(0, 4);
        assertThat(shipped).extracting(s -> s.get("key")).containsExactly("vip", "key", "medium", "outsider");
        assertThat(shipped).extracting(s -> s.get("supervised")).containsExactly(true, true, false, false);
        assertThat(shipped).extracting(s -> s.get("contactRhythmDays")).containsExactly(7, 14, 30, null);
        assertThat(shipped.get(1)).containsEntry("colour", "#364fc7")
                .containsEntry("names", Map.of("en", "Key", "ro", "Cheie", "ru", "Ключевой", "es", "Clave"))
                .containsEntry("rule", Map.of("kind", "revenueShare", "topPercent", 80.0f));
        assertThat(shipped.get(2)).containsEntry("rule", Map.of("kind", "recency", "withinDays", 365));
    }

    @Test
    void theDirectorMakesASegmentAndClientsMayBeInItAtOnce() {
        String key = key();
        int rank = freeRank();
        Api.as("sam").body(segment(key, rank, false)).post("/api/v1/segments").then().statusCode(403);
        Api.as("hugo").body(segment(key, rank, false)).post("/api/v1/segments").then().statusCode(403);
        Api.as("dana").body(segment(key, rank, false)).post("/api/v1/segments").then().statusCode(201)
                .header("ETag", "\"0\"").body("key", equalTo(key)).body("colour", equalTo("#2b8a3e"))
                .body("names.ro", equalTo("Test ro " + key)).body("supervised", equalTo(false));
        assertThat(segments("sam")).extracting(s -> s.get("key")).contains(key);

        Map<String, Object> body = client(unique("In a new segment"));
        body.put("segment", key);
        String clientId = TestClients.create("hugo", body);
        Api.as("hugo").queryParam("segment", key).get("/api/v1/clients").then().statusCode(200)
                .body("items.id", equalTo(List.of(clientId)));
    }

    @Test
    void badSegmentsAreRefusedAndChangeNothing() {
        int before = segments("ada").size();
        int rank = freeRank();
        Api.as("ada").body(segment("vip", rank, false)).post("/api/v1/segments").then().statusCode(409)
                .body("detail", containsString("vip"));
        Api.as("ada").body(segment(key(), 2, false)).post("/api/v1/segments").then().statusCode(409)
                .body("detail", containsString("Rank 2 is segment key's"));
        Map<String, Object> share = segment(key(), rank, false);
        share.put("rule", Map.of("kind", "revenueShare"));
        Api.as("ada").body(share).post("/api/v1/segments").then().statusCode(400)
                .body("errors.field", hasItem("rule.topPercent"));
        share.put("rule", Map.of("kind", "manual", "withinDays", 30));
        Api.as("ada").body(share).post("/api/v1/segments").then().statusCode(400)
                .body("errors.field", hasItem("rule.withinDays"));
        share.put("rule", Map.of("kind", "revenueShare", "topPercent", 120));
        Api.as("ada").body(share).post("/api/v1/segments").then().statusCode(400)
                .body("errors.field", hasItem("rule.topPercent"));
        Map<String, Object> ugly = segment("Not A Key", rank, false);
        ugly.put("colour", "red");
        Api.as("ada").body(ugly).post("/api/v1/segments").then().statusCode(400)
                .body("errors.field", hasItem("key")).body("errors.field", hasItem("colour"));
        assertThat(segments("ada")).hasSize(before);

        String medium = (String) segments("ada").get(2).get("id");
        Api.as("ada").contentType("application/merge-patch+json").body(Map.of("rank", 9))
                .patch("/api/v1/segments/" + medium).then().statusCode(428);
        patch("ada", medium, Map.of("key", "middle")).then().statusCode(409);
        patch("ada", medium, Map.of("rank", 1)).then().statusCode(409);
        Api.as("ada").header("If-Match", "\"999\"").contentType("application/merge-patch+json")
                .body(Map.of("contactRhythmDays", 20)).patch("/api/v1/segments/" + medium).then().statusCode(412);
        patch("sam", medium, Map.of("contactRhythmDays", 20)).then().statusCode(403);
        assertThat(segments("ada").get(2)).containsEntry("key", "medium").containsEntry("rank", 3)
                .containsEntry("contactRhythmDays", 30);

        Map<String, Object> body = client(unique("Unknown segment"));
        body.put("segment", "platinum");
        Api.as("hugo").body(body).post("/api/v1/clients").then().statusCode(400)
                .body("errors.field", equalTo(List.of("segment")))
                .body("errors.message", hasItem(containsString("vip, key, medium, outsider")));
        Api.as("hugo").queryParam("segment", "platinum").get("/api/v1/clients").then().statusCode(400)
                .body("errors.field", equalTo(List.of("segment")));
    }

    @Test
    void theSupervisedFlagDecidesWhoseChannelsAreMaskedOutsideTheInnerCircle() {
        String key = key();
        String segmentId = Api.as("dana").body(segment(key, freeRank(), true)).post("/api/v1/segments").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> prospect = client(unique("Supervised prospect"));
        prospect.put("lifecycle", "prospect");
        prospect.put("segment", key);
        String clientId = TestClients.create("hugo", prospect);
        Api.as("hugo").body(Map.of("fullName", "Ion Rusu", "channels",
                        List.of(Map.of("kind", "phone", "value", "+40 721 000 111", "corporate", true))))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201);

        // Leo sees his team's prospects without standing at them: outside the inner circle.
        String path = "/api/v1/clients/" + clientId + "/contacts";
        Api.as("leo").get(path).then().statusCode(200).body("items[0].channels[0].value", equalTo("+40 *** *** 01 11"));
        patch("dana", segmentId, Map.of("supervised", false)).then().statusCode(200).body("supervised", equalTo(false));
        Api.as("leo").get(path).then().statusCode(200).body("items[0].channels[0].value", equalTo("+40721000111"));
        patch("ada", segmentId, Map.of("supervised", true)).then().statusCode(200);
        Api.as("leo").get(path).then().statusCode(200).body("items[0].channels[0].value", equalTo("+40 *** *** 01 11"));
    }

    @Test
    void movingAClientIntoOrOutOfASupervisedSegmentByHandIsForItsHeadOfSales() {
        String clientId = heldBy(SAM, null, "medium", "Supervised move");
        String rule = "/api/v1/admin/field-policies/sales-manager/client.segment";
        try {
            // Even a sales manager the company lets set segments moves clients only between unsupervised ones.
            Api.as("ada").body(Map.of("level", "write")).put(rule).then().statusCode(200);
            patchClient("sam", clientId, Map.of("segment", "outsider")).then().statusCode(200);
            patchClient("sam", clientId, Map.of("segment", "vip")).then().statusCode(403)
                    .body("errors.field", equalTo(List.of("segment")));
            Api.as("sam").get("/api/v1/clients/" + clientId).then().body("segment", equalTo("outsider"));
            patchClient("hugo", clientId, Map.of("segment", "vip")).then().statusCode(200);
            patchClient("sam", clientId, Map.of("segment", "medium")).then().statusCode(403);
            Map<String, Object> body = client(unique("Born supervised"));
            body.put("segment", "key");
            Api.as("sam").body(body).post("/api/v1/clients").then().statusCode(403)
                    .body("errors.field", equalTo(List.of("segment")));
        } finally {
            Api.as("ada").body(Map.of("level", "read")).put(rule).then().statusCode(200);
        }
        Api.as("sam").get("/api/v1/clients/" + clientId).then().body("segment", equalTo("vip"));
    }
}
