package app.relay.handover;

import static app.relay.support.TestClients.heldBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Within 30 days of completion a supervisor gives a completed item to another successor: the client moves in the
 * same kinds, its history says it was a correction, both successors are told and the new one acknowledges afresh.
 */
@QuarkusTest
class HandoverCorrectionTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String SARA = "a0000000-0000-4000-8000-000000000005";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";
    private static String leaverId;
    private static String otherLeaverId;

    @Inject
    DirectorySync sync;
    @Inject
    EntityManager em;

    @AfterAll
    static void removeLeaver() {
        for (String id : new String[] {leaverId, otherLeaverId}) {
            if (id != null) {
                KeycloakUsers.delete(id);
            }
        }
    }

    @Test
    void aWrongSuccessorIsCorrectedWithinThirtyDays() throws IOException {
        leaverId = KeycloakUsers.salesManagerInNorth("corrected");
        sync.syncNow();
        String owned = heldBy(leaverId, null, "medium", "Corrected");
        String handover = Api.as("hugo").body(Map.of("kind", "departure", "userId", leaverId, "reason", "dismissal",
                "lastWorkingDay", LocalDate.now().toString())).post("/api/v1/handovers").then().statusCode(201)
                .extract().path("id");
        String item = Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then().statusCode(200)
                .extract().path("items[0].id");
        String correction = "/api/v1/handovers/" + handover + "/items/" + item + "/correction";
        Map<String, Object> toSara = Map.of("successorId", SARA, "reason", "Sara knows their buyer");

        // Only a completed item is corrected.
        Api.as("hugo").body(toSara).post(correction).then().statusCode(409);
        Api.as("hugo").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("urgentMatters", List.of(Map.of("text", "Call back about the invoice", "due", "2027-01-10"),
                        Map.of("text", "Send the samples", "due", "2026-12-01"))))
                .patch("/api/v1/handovers/" + handover + "/items/" + item).then().statusCode(200);
        Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", List.of(item)))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        for (String step : List.of("submit", "approve", "complete")) {
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/" + step).then().statusCode(200);
        }
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("allowedActions", hasItem("correct"));
        Api.as("sam").body(Map.of()).post("/api/v1/handovers/" + handover + "/acknowledge").then().statusCode(200);

        // The urgent matters stand as sam's to-dos, the most urgent first; he marks one done, only his own.
        assertThat(todos("sam", item)).extracting(todo -> todo.get("text"))
                .containsExactly("Send the samples", "Call back about the invoice");
        Api.as("sam").body(Map.of("done", true)).post("/api/v1/todos/" + item + "/1").then().statusCode(200)
                .body("text", equalTo("Send the samples")).body("doneAt", not(equalTo(null)));
        Api.as("sara").body(Map.of("done", true)).post("/api/v1/todos/" + item + "/0").then().statusCode(404);
        Api.as("sam").body(Map.of("done", true)).post("/api/v1/todos/" + item + "/7").then().statusCode(404);
        Api.as("sam").body(Map.of()).post("/api/v1/todos/" + item + "/0").then().statusCode(400);
        assertThat(todos("sam", item)).extracting(todo -> todo.get("text"))
                .containsExactly("Call back about the invoice", "Send the samples");

        // Not by the successor, not to the one leaving nor to the same person, not without a reason.
        Api.as("sam").body(toSara).post(correction).then().statusCode(403);
        Api.as("hugo").body(Map.of("successorId", leaverId, "reason", "no")).post(correction).then().statusCode(400);
        Api.as("hugo").body(Map.of("successorId", SAM, "reason", "no")).post(correction).then().statusCode(400);
        Api.as("hugo").body(Map.of("successorId", SARA)).post(correction).then().statusCode(400);
        assertThat(owner(owned)).isEqualTo(SAM);

        Api.as("hugo").body(toSara).post(correction).then().statusCode(200)
                .body("successorId", equalTo(SARA)).body("acknowledgedAt", equalTo(null));
        assertThat(owner(owned)).isEqualTo(SARA);
        // The client is told of the right successor (newest first); the first letter stays as it was written.
        Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then().statusCode(200)
                .body("items[0].letters.size()", equalTo(2))
                .body("items[0].letters[0].subject", org.hamcrest.Matchers.containsString("Sara Moldovan"))
                .body("items[0].letters[1].subject", org.hamcrest.Matchers.containsString("Sam Rusu"));
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("acknowledged", equalTo(0))
                .body("events[-1].note", equalTo("correction: " + name(owned) + " from Sam Rusu to Sara Moldovan: "
                        + "Sara knows their buyer"));
        List<Map<String, Object>> history = Api.as("sara").get("/api/v1/clients/" + owned + "/history").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.get("handoverCorrection")).isEqualTo(true);
            assertThat(entry.get("handoverId")).isEqualTo(handover);
        });
        Api.as("sara").get("/api/v1/notifications").then().body("items.kind", hasItem("item_corrected_to_you"));
        Api.as("sam").get("/api/v1/notifications").then().body("items.kind", hasItem("item_corrected_away"));
        Api.as("sam").get("/api/v1/clients/" + owned).then().statusCode(404);
        // The to-dos went with the client, open again for sara to check herself.
        assertThat(todos("sam", item)).isEmpty();
        assertThat(todos("sara", item)).extracting(todo -> todo.get("doneAt") != null).containsExactly(false, false);
        Api.as("sara").body(Map.of()).post("/api/v1/handovers/" + handover + "/acknowledge").then().statusCode(200)
                .body("acknowledged", equalTo(1));

        // Thirty days on, the handover is closed to corrections.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update handover_event set at = at - interval "
                + "'31 days' where handover_id = cast(:id as uuid)").setParameter("id", handover).executeUpdate());
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("allowedActions", not(hasItem("correct")));
        Api.as("hugo").body(Map.of("successorId", SAM, "reason", "back")).post(correction).then().statusCode(409);
        assertThat(owner(owned)).isEqualTo(SARA);
    }

    /**
     * A correction takes from the first successor only what the handover gave them: sam co-owned one client before
     * the handover made him its owner, and had a partnership of his own at another; corrected to sara, sam is
     * co-owner again at the first, keeps his partnership at the second, and sara gets the leaver's (with its duties).
     */
    @Test
    void whatTheFirstSuccessorHeldBeforeStaysTheirs() throws IOException {
        otherLeaverId = KeycloakUsers.salesManagerInNorth("corrected-own");
        sync.syncNow();
        String coOwned = heldBy(otherLeaverId, SAM, "medium", "CorrectedOwn");
        // Sara co-owns this one already: corrected to her, she becomes its owner (not both).
        String saraCoOwns = heldBy(otherLeaverId, SARA, "medium", "CorrectedOwn");
        String partnered = heldBy(ALEX, null, "medium", "CorrectedOwn");
        for (Map<String, String> party : List.of(Map.of("userId", otherLeaverId, "kind", "partner", "duties", "logistics",
                        "validTo", "2027-06-30T00:00:00Z"),
                Map.of("userId", SAM, "kind", "partner", "duties", "his own"))) {
            Api.as("hugo").body(party).post("/api/v1/clients/" + partnered + "/parties").then().statusCode(201);
        }
        String handover = Api.as("hugo").body(Map.of("kind", "departure", "userId", otherLeaverId, "reason", "dismissal",
                "lastWorkingDay", LocalDate.now().toString())).post("/api/v1/handovers").then().statusCode(201)
                .extract().path("id");
        List<Map<String, Object>> items = Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then()
                .statusCode(200).extract().jsonPath().getList("items");
        Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", items.stream().map(i -> i.get("id")).toList()))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        for (String step : List.of("submit", "approve", "complete")) {
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/" + step).then().statusCode(200);
        }
        assertThat(holders(coOwned)).containsExactly(SAM, null);
        assertThat(holders(saraCoOwns)).containsExactly(SAM, SARA);
        assertThat(partners(partnered)).containsExactly(SAM + " his own");

        for (Map<String, Object> item : items) {
            Api.as("hugo").body(Map.of("successorId", SARA, "reason", "Sara speaks their language"))
                    .post("/api/v1/handovers/" + handover + "/items/" + item.get("id") + "/correction").then().statusCode(200);
        }
        assertThat(holders(coOwned)).as("sam co-owns it again").containsExactly(SARA, SAM);
        assertThat(holders(saraCoOwns)).as("sara moves up, sam had nothing there").containsExactly(SARA, null);
        assertThat(partners(partnered)).containsExactlyInAnyOrder(SAM + " his own", SARA + " logistics");
        assertThat(partnerUntil(partnered, SARA)).as("the leaver's end date goes with it").isEqualTo("2027-06-30T00:00:00Z");

        // Corrected back to sam: as completion left it, his own partnership standing for both.
        for (Map<String, Object> item : items) {
            Api.as("hugo").body(Map.of("successorId", SAM, "reason", "Sara is needed elsewhere"))
                    .post("/api/v1/handovers/" + handover + "/items/" + item.get("id") + "/correction").then().statusCode(200);
        }
        assertThat(holders(coOwned)).containsExactly(SAM, null);
        assertThat(holders(saraCoOwns)).containsExactly(SAM, SARA);
        assertThat(partners(partnered)).containsExactly(SAM + " his own");
    }

    private static List<String> holders(String clientId) {
        Map<String, Object> client = Api.as("dana").get("/api/v1/clients/" + clientId).then().statusCode(200).extract()
                .jsonPath().getMap("");
        return java.util.Arrays.asList((String) client.get("ownerId"), (String) client.get("coOwnerId"));
    }

    private static List<String> partners(String clientId) {
        List<Map<String, Object>> parties = Api.as("dana").get("/api/v1/clients/" + clientId + "/parties").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return parties.stream().filter(p -> "partner".equals(p.get("kind")) && Boolean.TRUE.equals(p.get("standing")))
                .map(p -> p.get("userId") + " " + p.get("duties")).toList();
    }

    private static Object partnerUntil(String clientId, String userId) {
        List<Map<String, Object>> parties = Api.as("dana").get("/api/v1/clients/" + clientId + "/parties").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return parties.stream().filter(p -> "partner".equals(p.get("kind")) && userId.equals(p.get("userId"))
                && Boolean.TRUE.equals(p.get("standing"))).map(p -> p.get("validTo")).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> todos(String user, String item) {
        List<Map<String, Object>> all = Api.as(user).get("/api/v1/todos").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return all.stream().filter(todo -> item.equals(todo.get("itemId"))).toList();
    }

    private static String owner(String clientId) {
        return Api.as("dana").get("/api/v1/clients/" + clientId).then().statusCode(200).extract().path("ownerId");
    }

    private static String name(String clientId) {
        return Api.as("dana").get("/api/v1/clients/" + clientId).then().statusCode(200).extract().path("name");
    }
}
