package app.relay.handover;

import static app.relay.support.HandoverItemsRead.byClient;
import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.ifMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import app.relay.identity.DirectorySync;
import app.relay.identity.Roles;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A departure handover from start to completion: items drawn up from every client the person stands at,
 * successors suggested and chosen, each transition by whom it belongs to, and a completion that moves every
 * client or none.
 */
@QuarkusTest
class HandoverTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String SARA = "a0000000-0000-4000-8000-000000000005";
    private static final String ADA = "a0000000-0000-4000-8000-000000000001";
    private static final List<String> CREATED = new ArrayList<>();

    @Inject
    DirectorySync sync;
    @Inject
    EntityManager em;
    @Inject
    NoticeEndJob notices;

    @AfterAll
    static void removeThrowawayUsers() {
        CREATED.forEach(KeycloakUsers::delete);
    }

    /** A sales manager of team north who has signed in once; returns id and username. */
    private String[] salesManager(String prefix) {
        String[] user = KeycloakUsers.createInNorth(prefix);
        CREATED.add(user[0]);
        KeycloakUsers.grantRealmRole(user[0], Roles.SALES_MANAGER);
        try {
            sync.syncNow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return user;
    }

    private static String ownedBy(String owner, String coOwner, String segment) {
        return heldBy(owner, coOwner, segment, "Handed over");
    }

    private static Map<String, Object> departure(String userId) {
        return Map.of("kind", "departure", "userId", userId, "reason", "resignation",
                "lastWorkingDay", LocalDate.now().plusDays(14).toString());
    }

    private static String start(String userId) {
        return Api.as("hugo").body(departure(userId)).post("/api/v1/handovers").then().statusCode(201)
                .body("state", equalTo("draft")).extract().path("id");
    }


    /**
     * A client that reaches someone serving notice after their handover started: not through the pickers (they
     * refuse a leaver) but as a restore or an import would, straight in the database.
     */
    private String arrivesLater(String leaverId) {
        String clientId = ownedBy(SAM, null, "medium");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update client set owner_id = :leaver, "
                + "updated_by = 'test' where id = cast(:id as uuid)").setParameter("leaver", leaverId)
                .setParameter("id", clientId).executeUpdate());
        return clientId;
    }

    private static String owner(String clientId) {
        return Api.as("dana").get("/api/v1/clients/" + clientId).then().statusCode(200).extract().path("ownerId");
    }

    @Test
    void aDepartureMovesEveryClientToItsSuccessorAndEndsTheLeaversAccess() {
        String[] leaver = salesManager("leaver");
        String id = leaver[0];
        String token = Tokens.fetch(leaver[1]);
        String vip = ownedBy(id, null, "vip");
        String coOwned = ownedBy(SAM, id, "medium");
        String withSara = ownedBy(id, SARA, "key");
        String deleted = ownedBy(id, null, "outsider");
        Api.as("hugo").header("If-Match", ifMatch(deleted)).delete("/api/v1/clients/" + deleted).then().statusCode(204);
        String partnered = ownedBy(SAM, null, "medium");
        Api.as("hugo").body(Map.of("userId", id, "kind", "partner", "duties", "logistics"))
                .post("/api/v1/clients/" + partnered + "/parties").then().statusCode(201);

        // Only a supervisor of the person starts it.
        Api.as("sam").body(departure(id)).post("/api/v1/handovers").then().statusCode(403);
        String handover = start(id);
        Api.as("hugo").body(departure(id)).post("/api/v1/handovers").then().statusCode(409);

        Map<String, Map<String, Object>> items = byClient("hugo", handover);
        assertThat(items.keySet()).containsExactlyInAnyOrder(vip, coOwned, withSara, partnered);
        assertThat(items.get(coOwned).get("kinds")).isEqualTo(List.of("co-owner"));
        assertThat(items.get(partnered).get("kinds")).isEqualTo(List.of("partner"));
        // Someone already standing at the client is the first suggestion.
        assertThat(items.get(withSara).get("suggestedSuccessorId")).isEqualTo(SARA);
        assertThat(items.get(coOwned).get("suggestedSuccessorId")).isEqualTo(SAM);
        assertThat(items.get(vip).get("suggestedSuccessorId")).isNotNull().isNotEqualTo(id);

        // The leaver writes up their items, but does not choose successors.
        Map<String, Object> vipItem = items.get(vip);
        String vipPath = "/api/v1/handovers/" + handover + "/items/" + vipItem.get("id");
        Api.anonymous().auth().oauth2(token).header("If-Match", "\"" + vipItem.get("version") + "\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("stateOfWork", "Renewal agreed in principle", "reviewed", true,
                        "urgentMatters", List.of(Map.of("text", "Send the contract", "due", "2026-12-03"))))
                .patch(vipPath).then().statusCode(200).body("reviewed", equalTo(true))
                .body("urgentMatters[0].text", equalTo("Send the contract"));
        Api.anonymous().auth().oauth2(token).header("If-Match", "\"" + (((Number) vipItem.get("version")).longValue() + 1) + "\"")
                .contentType("application/merge-patch+json").body(Map.of("successorId", SAM))
                .patch(vipPath).then().statusCode(403);
        // A stale version is refused, not overwritten.
        Api.as("hugo").header("If-Match", "\"" + vipItem.get("version") + "\"").contentType("application/merge-patch+json")
                .body(Map.of("stateOfWork", "older")).patch(vipPath).then().statusCode(412);

        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(409);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(409);
        // A departure in preparation shows on the client's page to those who run it, not to the team.
        Api.as("hugo").get("/api/v1/clients/" + coOwned + "/handovers").then().statusCode(200)
                .body("items.state", equalTo(List.of("draft")));
        Api.as("sam").get("/api/v1/clients/" + coOwned + "/handovers").then().statusCode(200)
                .body("items", equalTo(List.of()));
        Api.as("sid").get("/api/v1/clients/" + coOwned + "/handovers").then().statusCode(404);
        Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", List.of(vipItem.get("id")))).post("/api/v1/handovers/"
                + handover + "/successors").then().statusCode(200);
        Api.as("hugo").body(Map.of("successorId", SARA, "itemIds", List.of(items.get(partnered).get("id"))))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        Api.as("hugo").body(Map.of("acceptSuggested", true)).post("/api/v1/handovers/" + handover + "/successors")
                .then().statusCode(200).body("withSuccessor", equalTo(4));
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(200)
                .body("state", equalTo("submitted"));
        Api.anonymous().auth().oauth2(token).post("/api/v1/handovers/" + handover + "/approve").then().statusCode(403);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/approve").then().statusCode(200)
                .body("state", equalTo("approved"));
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200)
                .body("state", equalTo("completed"))
                .body("events.toState", equalTo(List.of("draft", "submitted", "approved", "completed")));

        assertThat(owner(vip)).isEqualTo(SAM);
        // The other owner is never demoted; the co-owner's place is simply freed.
        Api.as("dana").get("/api/v1/clients/" + coOwned).then().body("ownerId", equalTo(SAM)).body("coOwnerId", equalTo(null));
        Api.as("dana").get("/api/v1/clients/" + withSara).then().body("ownerId", equalTo(SARA))
                .body("coOwnerId", equalTo(null)).body("team", equalTo("north"));
        Api.as("dana").get("/api/v1/clients/" + partnered + "/parties").then().statusCode(200)
                .body("items.findAll { it.kind == 'partner' }.userId", equalTo(List.of(SARA)))
                .body("items.find { it.kind == 'partner' }.duties", equalTo("logistics"));
        // A deleted client does not stay with someone who left: a restore lands with a successor.
        assertThat(owner(deleted)).isNotEqualTo(id).isNotNull();
        // The client's history says the change came with the handover.
        Api.as("sam").get("/api/v1/clients/" + vip + "/history").then().statusCode(200)
                .body("items.handoverId", hasItem(handover));
        // The successor finds the write-up on the client's page.
        Api.as("sam").get("/api/v1/clients/" + vip + "/handovers").then().statusCode(200)
                .body("items[0].state", equalTo("completed"))
                .body("items[0].leaverId", equalTo(id))
                .body("items[0].successorName", equalTo("Sam Rusu"))
                .body("items[0].stateOfWork", equalTo("Renewal agreed in principle"))
                .body("items[0].urgentMatters[0].due", equalTo("2026-12-03"))
                .body("items[0].completedAt", org.hamcrest.Matchers.notNullValue());
        // How the write-up reads under each field rule, for every role: FieldMatrixTest, RepresentationMatrixTest.
        // Completing again changes nothing.
        long version = ((Number) Api.as("dana").get("/api/v1/clients/" + vip).then().extract().path("version")).longValue();
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200)
                .body("state", equalTo("completed"));
        Api.as("dana").get("/api/v1/clients/" + vip).then().body("version", equalTo((int) version));
        // Completion ended the leaver's access.
        Api.anonymous().auth().oauth2(token).get("/api/v1/clients").then().statusCode(403)
                .body("type", equalTo("/problems/departed"));
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(409);
    }

    /** The kinds of the notices `as` has about one handover, oldest first. */
    private static List<String> noticesAbout(io.restassured.specification.RequestSpecification as, String handover) {
        List<String> kinds = new ArrayList<>(as.get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.handoverId == '" + handover + "' }.kind"));
        java.util.Collections.reverse(kinds);
        return kinds;
    }

    @Test
    void successorsAcknowledgeTheirItemsAndEveryoneConcernedIsTold() {
        String[] leaver = salesManager("acknowledged");
        String token = Tokens.fetch(leaver[1]);
        String toSam = ownedBy(leaver[0], null, "medium");
        String toSara = ownedBy(leaver[0], null, "medium");
        String handover = start(leaver[0]);
        assertThat(noticesAbout(Api.anonymous().auth().oauth2(token), handover)).containsExactly("handover_started");
        Map<String, Map<String, Object>> items = byClient("hugo", handover);
        Object samItem = items.get(toSam).get("id");
        Object saraItem = items.get(toSara).get("id");
        Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", List.of(samItem)))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        Api.as("hugo").body(Map.of("successorId", SARA, "itemIds", List.of(saraItem)))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        // A departure in preparation is not told to its successors: not listed, not readable, not writable.
        Api.as("sam").get("/api/v1/handovers/" + handover).then().statusCode(404);
        Api.as("sam").get("/api/v1/handovers").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(handover)));
        Api.as("sam").header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("stateOfWork", "mine now")).patch("/api/v1/handovers/" + handover + "/items/" + samItem)
                .then().statusCode(404);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(200);
        Api.as("dana").post("/api/v1/handovers/" + handover + "/approve").then().statusCode(200)
                .body("allowedActions", equalTo(List.of("complete", "cancel", "commitments")));
        // Approved, it is the successors' to read; they acknowledge only once it is completed.
        Api.as("sam").get("/api/v1/handovers/" + handover).then().statusCode(200).body("yours", equalTo(1))
                .body("allowedActions", equalTo(List.of()));
        Api.as("sam").body(Map.of()).post("/api/v1/handovers/" + handover + "/acknowledge").then().statusCode(409);
        assertThat(noticesAbout(Api.anonymous().auth().oauth2(token), handover))
                .containsExactly("handover_started", "handover_approved");
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);

        Map<String, Object> received = Api.as("sam").get("/api/v1/notifications").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.handoverId == '" + handover + "' }");
        assertThat(received).containsEntry("kind", "clients_received").containsEntry("count", 1)
                .containsEntry("personId", leaver[0]).containsEntry("actorName", "Hugo Petrescu")
                .containsEntry("read", false);
        assertThat(noticesAbout(Api.as("hugo"), handover)).as("nobody is told what they did themselves").isEmpty();
        assertThat(noticesAbout(Api.as("dana"), handover)).as("the approver").containsExactly("handover_completed");
        Api.as("sam").queryParam("state", "completed").get("/api/v1/handovers").then().statusCode(200)
                .body("items.id", hasItem(handover));

        // Only your own items, only once completed; someone who takes nothing over is told it does not exist.
        Api.as("sam").body(Map.of("itemIds", List.of(saraItem))).post("/api/v1/handovers/" + handover + "/acknowledge")
                .then().statusCode(400);
        Api.as("sid").body(Map.of()).post("/api/v1/handovers/" + handover + "/acknowledge").then().statusCode(404);
        Api.as("sam").get("/api/v1/handovers/" + handover).then().body("allowedActions", equalTo(List.of("acknowledge")));
        Api.as("sam").body(Map.of()).post("/api/v1/handovers/" + handover + "/acknowledge").then().statusCode(200)
                .body("allowedActions", equalTo(List.of())).body("acknowledged", equalTo(1)).body("yours", equalTo(1)).body("yoursAcknowledged", equalTo(1));
        assertThat(noticesAbout(Api.as("dana"), handover)).containsExactly("handover_completed");
        Api.as("sara").body(Map.of("itemIds", List.of(saraItem))).post("/api/v1/handovers/" + handover + "/acknowledge")
                .then().statusCode(200).body("acknowledged", equalTo(2));
        assertThat(noticesAbout(Api.as("dana"), handover)).containsExactly("handover_completed", "handover_acknowledged");
        Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then().statusCode(200)
                .body("items.acknowledgedAt", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));

        // Notices are read by their own reader only.
        String danas = Api.as("dana").get("/api/v1/notifications").then().extract()
                .path("items.find { it.handoverId == '" + handover + "' }.id");
        Api.as("sam").body(Map.of("ids", List.of(danas))).post("/api/v1/notifications/read").then().statusCode(200)
                .body("marked", equalTo(0));
        Api.as("dana").body(Map.of("ids", List.of(danas))).post("/api/v1/notifications/read").then().statusCode(200)
                .body("marked", equalTo(1));
        Api.as("dana").body(Map.of()).post("/api/v1/notifications/read").then().statusCode(400);
        Api.as("dana").body(Map.of("all", true)).post("/api/v1/notifications/read").then().statusCode(200);
        Api.as("dana").queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("unread", equalTo(0)).body("items", equalTo(List.of()));
    }

    @Test
    void aResignationsAccessEndsOnceTheLastWorkingDayHasPassed() {
        String[] leaving = salesManager("notice");
        String[] staying = salesManager("notice-today");
        String token = Tokens.fetch(leaving[1]);
        String stillToken = Tokens.fetch(staying[1]);
        ownedBy(leaving[0], null, "medium");
        // A notice that is already over is no notice: refused (a dismissal is the way for someone already gone).
        Api.as("hugo").body(Map.of("kind", "departure", "userId", leaving[0], "reason", "resignation",
                "lastWorkingDay", LocalDate.now().minusDays(3).toString())).post("/api/v1/handovers").then()
                .statusCode(400).body("errors.field", hasItem("lastWorkingDay"));
        String handover = start(leaving[0]);
        String today = start(staying[0]);
        Api.anonymous().auth().oauth2(token).get("/api/v1/handovers/" + handover).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update handover set last_working_day = "
                + "case when id = cast(:gone as uuid) then current_date - 1 else current_date end "
                + "where id in (cast(:gone as uuid), cast(:today as uuid))")
                .setParameter("gone", handover).setParameter("today", today).executeUpdate());

        assertThat(notices.run()).contains(leaving[0]).doesNotContain(staying[0]);
        Api.anonymous().auth().oauth2(token).get("/api/v1/handovers/" + handover).then().statusCode(403)
                .body("type", equalTo("/problems/departed"));
        assertThat(KeycloakUsers.isEnabled(leaving[0])).as("the account is disabled in Keycloak").isFalse();
        // Their last working day is today: they work it to its end.
        Api.anonymous().auth().oauth2(stillToken).get("/api/v1/handovers/" + today).then().statusCode(200);
        // The handover goes on without them; a second run finds nobody new.
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().statusCode(200).body("state", equalTo("draft"));
        assertThat(notices.run()).doesNotContain(leaving[0]);
        Api.as("hugo").post("/api/v1/handovers/" + today + "/cancel").then().statusCode(200);
    }

    @Test
    void aFailureInTheMiddleOfCompletionMovesNoClient() {
        String[] leaver = salesManager("atomic");
        String first = ownedBy(leaver[0], null, "medium");
        String second = ownedBy(SAM, leaver[0], "medium");
        String handover = start(leaver[0]);
        Api.as("hugo").body(Map.of("successorId", SARA, "itemIds", byClient("hugo", handover).values().stream()
                .map(item -> item.get("id")).toList())).post("/api/v1/handovers/" + handover + "/successors")
                .then().statusCode(200);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(200);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/approve").then().statusCode(200);
        // The owners move first; the co-owner's statement then fails.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("create function relay_test_fail() returns "
                + "trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$; "
                + "create trigger relay_test_fail before update of co_owner_id on client for each row when (new.id = '"
                + second + "' and old.co_owner_id is distinct from new.co_owner_id) execute function relay_test_fail()")
                .executeUpdate());
        try {
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(greaterThanOrEqualTo(500))
                    .contentType("application/problem+json");
            assertThat(owner(first)).isEqualTo(leaver[0]);
            Api.as("dana").get("/api/v1/clients/" + second).then().body("coOwnerId", equalTo(leaver[0]));
            Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("state", equalTo("approved"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("drop trigger relay_test_fail on client; "
                    + "drop function relay_test_fail()").executeUpdate());
        }
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);
        assertThat(owner(first)).isEqualTo(SARA);
        Api.as("dana").get("/api/v1/clients/" + second).then().body("coOwnerId", equalTo(SARA));
    }

    @Test
    void badSuccessorsAndTransitionsAreRefusedAndChangeNothing() {
        String[] leaver = salesManager("refused");
        String[] gone = salesManager("gone");
        Api.as("dana").body(Map.of()).post("/api/v1/users/" + gone[0] + "/departure").then().statusCode(200);
        String clientId = ownedBy(leaver[0], null, "medium");
        String handover = start(leaver[0]);
        Map<String, Object> item = byClient("hugo", handover).get(clientId);
        String itemPath = "/api/v1/handovers/" + handover + "/items/" + item.get("id");
        for (String successor : List.of(leaver[0], ADA, gone[0], "no-such-person")) {
            Api.as("hugo").header("If-Match", "\"" + item.get("version") + "\"").contentType("application/merge-patch+json")
                    .body(Map.of("successorId", successor)).patch(itemPath).then().statusCode(400)
                    .body("errors.field", hasItem("successorId"));
        }
        Api.as("hugo").body(Map.of("successorId", ADA, "itemIds", List.of(item.get("id"))))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(400);
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("withSuccessor", equalTo(0));
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/approve").then().statusCode(409);
        // Someone outside the person's supervisors does not even learn the handover exists.
        Api.as("sid").get("/api/v1/handovers/" + handover).then().statusCode(404);
        Api.as("hana").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(404);
        Api.as("hugo").body(Map.of("kind", "departure", "userId", leaver[0], "reason", "bored",
                "lastWorkingDay", "2026-12-01")).post("/api/v1/handovers").then().statusCode(400);
        Api.as("hugo").body(Map.of("kind", "departure", "userId", "no-such-person", "reason", "other",
                "lastWorkingDay", "2026-12-01")).post("/api/v1/handovers").then().statusCode(400);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(200)
                .body("state", equalTo("cancelled"));
        assertThat(owner(clientId)).isEqualTo(leaver[0]);
        // A cancelled handover leaves room for a new one.
        start(leaver[0]);
    }

    @Test
    void aClientThatComesToTheLeaverLaterIsAddedAndNeedsASuccessorBeforeTheHandoverGoesOn() {
        String[] leaver = salesManager("later");
        String first = ownedBy(leaver[0], null, "medium");
        String handover = start(leaver[0]);
        Api.as("hugo").body(Map.of("successorId", SARA, "itemIds", List.of(byClient("hugo", handover).get(first)
                .get("id")))).post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        String later = arrivesLater(leaver[0]);

        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(409);
        // The new client stays in the handover (the refusal did not roll it back), without a successor yet.
        Map<String, Map<String, Object>> items = byClient("hugo", handover);
        assertThat(items.keySet()).containsExactlyInAnyOrder(first, later);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(409);
        Api.as("hugo").body(Map.of("successorId", SARA, "itemIds", List.of(items.get(later).get("id"))))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(200);
        // Submitted, an item keeps its successor; an urgent matter cannot be null.
        Map<String, Object> item = byClient("hugo", handover).get(later);
        String path = "/api/v1/handovers/" + handover + "/items/" + item.get("id");
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("successorId", null);
        Api.as("hugo").header("If-Match", "\"" + item.get("version") + "\"").contentType("application/merge-patch+json")
                .body(cleared).patch(path).then().statusCode(400);
        List<Object> nothing = new ArrayList<>();
        nothing.add(null);
        Api.as("hugo").header("If-Match", "\"" + item.get("version") + "\"").contentType("application/merge-patch+json")
                .body(Map.of("urgentMatters", nothing)).patch(path).then().statusCode(400);

        // A client arriving after approval sends the handover back to draft.
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/approve").then().statusCode(200);
        arrivesLater(leaver[0]);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(409);
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("state", equalTo("draft")).body("items", equalTo(3));
    }
}
