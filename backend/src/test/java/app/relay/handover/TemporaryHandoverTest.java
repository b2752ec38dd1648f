package app.relay.handover;

import static app.relay.support.TestClients.heldBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.relay.identity.DirectorySync;
import app.relay.party.PartyExpiryJob;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Vacation cover: a supervisor puts a substitute in front of an absent person's clients for a period; the absent
 * person keeps them, the substitute sees them until the period is over, then they revert by themselves, with what
 * the substitute logged still on the clients. Overlaps and malformed periods change nothing.
 */
@QuarkusTest
class TemporaryHandoverTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";
    private static String awayId;

    @Inject
    DirectorySync sync;
    @Inject
    EntityManager em;
    @Inject
    PartyExpiryJob expiry;
    @ConfigProperty(name = "relay.time-zone")
    ZoneId zone;

    @AfterAll
    static void removeAbsent() {
        if (awayId != null) {
            KeycloakUsers.delete(awayId);
        }
    }

    @Test
    void aSubstituteCoversChosenClientsUntilTheEndDateThenTheyRevert() throws IOException {
        awayId = KeycloakUsers.salesManagerInNorth("away");
        sync.syncNow();
        String covered = heldBy(awayId, null, "medium", "Covered");
        String kept = heldBy(awayId, null, "medium", "NotCovered");
        LocalDate today = LocalDate.now(zone);

        // Malformed periods and kinds, and people who may not arrange it: refused, nothing arranged.
        refused("hugo", cover(awayId, SAM, today.plusDays(3), today.plusDays(1), covered), 400, "endsOn");
        refused("hugo", cover(awayId, SAM, today.minusDays(1), today.plusDays(1), covered), 400, "startsOn");
        refused("hugo", cover(awayId, null, today, today.plusDays(1), covered), 400, "substituteId");
        refused("hugo", cover(awayId, awayId, today, today.plusDays(1), covered), 400, "substituteId");
        Map<String, Object> withReason = cover(awayId, SAM, today, today.plusDays(1), covered);
        withReason.put("reason", "resignation");
        refused("hugo", withReason, 400, "reason");
        refused("hugo", Map.of("kind", "departure", "userId", awayId), 400, "reason");
        refused("hugo", cover(awayId, SAM, today, today.plusDays(1), "00000000-0000-4000-8000-000000000000"), 400, "clientIds");
        refused("hugo", cover(awayId, SAM, today, today.plusYears(11), covered), 400, "endsOn");
        Map<String, Object> noClients = cover(awayId, SAM, today, today.plusDays(1), null);
        noClients.put("clientIds", List.of());
        refused("hugo", noClients, 400, "clientIds");
        Api.as("sam").body(cover(awayId, ALEX, today, today.plusDays(1), covered)).post("/api/v1/handovers").then()
                .statusCode(403);
        assertThat(temporaryParties(covered)).isZero();

        String handover = Api.as("hugo").body(cover(awayId, SAM, today, today.plusDays(6), covered)).post("/api/v1/handovers")
                .then().statusCode(201).body("kind", equalTo("temporary")).body("state", equalTo("completed"))
                .body("cover.substituteName", equalTo("Sam Rusu")).body("cover.phase", equalTo("running"))
                .body("cover.endsOn", equalTo(today.plusDays(6).toString())).body("items", equalTo(1))
                .body("allowedActions", equalTo(List.of("cancel"))).extract().path("id");
        // The absent person keeps the client; sam sees it, and only it, and is told.
        Api.as("hugo").get("/api/v1/clients/" + covered).then().body("ownerId", equalTo(awayId));
        Api.as("sam").get("/api/v1/clients/" + covered).then().statusCode(200);
        Api.as("sam").get("/api/v1/clients/" + kept).then().statusCode(404);
        Api.as("sam").get("/api/v1/notifications").then().body("items.kind", hasItem("clients_covered"));
        Api.as("sam").get("/api/v1/handovers").then().body("items.id", hasItem(handover));
        // A temporary handover has no successors to choose, letters or acknowledgements.
        Api.as("hugo").body(Map.of("successorId", ALEX, "itemIds", List.of()))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(409);
        Api.as("sam").body(Map.of()).post("/api/v1/handovers/" + handover + "/acknowledge").then().statusCode(409);

        // A second cover of the same client in an overlapping period is refused, naming the client.
        Api.as("hugo").body(cover(awayId, ALEX, today.plusDays(3), today.plusDays(9), covered)).post("/api/v1/handovers").then()
                .statusCode(409).body("errors[0].message", containsString("Sam Rusu stands as temporary-owner"));

        Api.as("sam").body(Map.of("kind", "call", "outcome", "Covered the order while away"))
                .post("/api/v1/clients/" + covered + "/activities").then().statusCode(201);

        // The period passes: sam no longer sees the client at once; the nightly job records the end as the system.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update party set valid_from = now() - "
                + "interval '8 days', valid_to = now() - interval '1 hour' where client_id = cast(:client as uuid) "
                + "and kind = 'temporary-owner'").setParameter("client", covered).executeUpdate());
        Api.as("sam").get("/api/v1/clients/" + covered).then().statusCode(404);
        assertThat(expiry.run()).isPositive();
        assertThat(temporaryParties(covered)).isZero();
        Api.as("hugo").get("/api/v1/clients/" + covered + "/parties?ended=true").then()
                .body("items.findAll { it.kind == 'temporary-owner' }.userId", equalTo(List.of(SAM)))
                .body("items.findAll { it.kind == 'temporary-owner' }.endedAt", not(hasItem((Object) null)));
        Api.as("hugo").get("/api/v1/clients/" + covered + "/activities").then().statusCode(200)
                .body("items.outcome", hasItem("Covered the order while away"));
        Api.as("hugo").get("/api/v1/clients/" + covered).then().body("ownerId", equalTo(awayId));

        // Once the period is over by the calendar, there is nothing left to end.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update handover set starts_on = current_date - 8, "
                + "ends_on = current_date - 1 where id = cast(:id as uuid)").setParameter("id", handover).executeUpdate());
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("cover.phase", equalTo("ended"))
                .body("allowedActions", empty());
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(409);
    }

    @Test
    void aPlannedCoverEndedEarlyLeavesNoTemporaryOwner() throws IOException {
        String absent = KeycloakUsers.salesManagerInNorth("planned");
        try {
            sync.syncNow();
            String client = heldBy(absent, null, "medium", "Planned");
            heldBy(absent, ALEX, "medium", "AlreadyAlex's");
            LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
            String handover = Api.as("hugo").body(cover(absent, ALEX, tomorrow, tomorrow.plusDays(2), null))
                    .post("/api/v1/handovers").then().statusCode(201).body("cover.phase", equalTo("planned"))
                    .body("items", equalTo(1)).body("events[0].note", equalTo("temporary " + tomorrow + " to "
                            + tomorrow.plusDays(2) + ": clients 1, left out 1 (held by the substitute already)"))
                    .extract().path("id");
            Api.as("alex").get("/api/v1/clients/" + client).then().statusCode(404);
            assertThat(temporaryParties(client)).isEqualTo(1);

            // An admin runs alex's handovers but may not assign temporary owners: nor end a cover.
            Api.as("ada").get("/api/v1/handovers/" + handover).then().body("allowedActions", empty());
            Api.as("ada").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(403);
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(200)
                    .body("state", equalTo("cancelled")).body("cover.phase", equalTo(null))
                    .body("events[-1].note", equalTo("ended early: 1 clients"));
            assertThat(temporaryParties(client)).isZero();
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(200);
            // Alex, told of the cover, still reads it.
            Api.as("alex").get("/api/v1/handovers/" + handover).then().statusCode(200).body("state", equalTo("cancelled"));
            // The client is free for another cover in the same days.
            Api.as("hugo").body(cover(absent, ALEX, tomorrow, tomorrow.plusDays(2), client)).post("/api/v1/handovers").then()
                    .statusCode(201);
        } finally {
            KeycloakUsers.delete(absent);
        }
    }

    @Test
    void aSubstituteWhoLeavesBeforeTheCoverPassesItOnFromItsFirstDay() throws IOException {
        String absent = KeycloakUsers.salesManagerInNorth("absent");
        String substitute = KeycloakUsers.salesManagerInNorth("standin");
        try {
            sync.syncNow();
            String client = heldBy(absent, null, "medium", "CoverPassedOn");
            LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
            String cover = Api.as("hugo").body(cover(absent, substitute, tomorrow, tomorrow.plusDays(3), client))
                    .post("/api/v1/handovers").then().statusCode(201).extract().path("id");

            // The substitute leaves before the cover begins: sam takes their place in it, from its first day.
            String departure = Api.as("hugo").body(Map.of("kind", "departure", "userId", substitute, "reason", "dismissal",
                    "lastWorkingDay", LocalDate.now(zone).toString())).post("/api/v1/handovers").then().statusCode(201)
                    .extract().path("id");
            String path = "/api/v1/handovers/" + departure;
            List<String> items = Api.as("hugo").get(path + "/items").then().statusCode(200).extract().jsonPath()
                    .getList("items.id");
            Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", items)).post(path + "/successors").then()
                    .statusCode(200);
            for (String step : List.of("submit", "approve", "complete")) {
                Api.as("hugo").post(path + "/" + step).then().statusCode(200);
            }
            Object samsFrom = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select "
                            + "valid_from > now() from party where client_id = cast(:client as uuid) "
                            + "and user_id = :sam and kind = 'temporary-owner' and deleted_at is null")
                    .setParameter("client", client).setParameter("sam", SAM).getSingleResult());
            assertThat(samsFrom).as("sam stands in from the cover's first day, not from now").isEqualTo(true);
            Api.as("sam").get("/api/v1/clients/" + client).then().statusCode(404);
            // No first contact is owed before the cover begins; sam reads the cover he now stands in.
            Object due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select first_contact_due "
                            + "from handover_item where handover_id = cast(:id as uuid)").setParameter("id", departure)
                    .getSingleResult());
            assertThat(due).isNull();
            Api.as("sam").get("/api/v1/handovers/" + cover).then().statusCode(200);

            // Ending the cover early ends sam's place in it: the cover's item followed its party to sam.
            Api.as("hugo").post("/api/v1/handovers/" + cover + "/cancel").then().statusCode(200);
            assertThat(temporaryParties(client)).isZero();
        } finally {
            KeycloakUsers.delete(absent);
            KeycloakUsers.delete(substitute);
        }
    }

    private static void refused(String who, Map<String, Object> body, int status, String field) {
        Api.as(who).body(body).post("/api/v1/handovers").then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> cover(String absent, String substitute, LocalDate from, LocalDate to, String client) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "temporary");
        body.put("userId", absent);
        body.put("substituteId", substitute);
        body.put("startsOn", from.toString());
        body.put("endsOn", to.toString());
        if (client != null) {
            body.put("clientIds", List.of(client));
        }
        return body;
    }

    private long temporaryParties(String client) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from party "
                + "where client_id = cast(:client as uuid) and kind = 'temporary-owner' and deleted_at is null")
                .setParameter("client", client).getSingleResult()).longValue());
    }
}
