package app.relay.handover;

import static app.relay.support.HandoverItemsRead.byClient;
import static app.relay.support.HandoverItemsRead.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.TestClients;
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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Rotation: a supervisor exchanges clients among managers on a day, nobody leaving. Each manager's clients are
 * suggested to the next one; it is approved and completed like a departure (all clients move, letters, first
 * contacts), never before its day, never over a client that changed hands since, never onto someone leaving.
 */
@QuarkusTest
class RotationHandoverTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";

    @Inject
    DirectorySync sync;
    @Inject
    EntityManager em;
    @Inject
    RotationDueJob dueJob;
    @ConfigProperty(name = "relay.time-zone")
    ZoneId zone;

    @Test
    void clientsRotateOnTheDayAndTheirContactsAreTold() throws IOException {
        String[] member = KeycloakUsers.createInNorth("rotating");
        KeycloakUsers.grantRealmRole(member[0], "sales-manager");
        String other = member[0];
        try {
            sync.syncNow();
            String theirs = client(other, "RO", "Ana Pop", "ana@ro.example");
            String sams = client(SAM, "ES", "Pablo Ruiz", "pablo@es.example");
            String alexs = TestClients.heldBy(ALEX, null, "medium", "NotRotating");
            LocalDate today = LocalDate.now(zone);

            // Malformed plans, and people who may not plan it: refused, nothing planned.
            refused("hugo", rotation(List.of(other), today, theirs, sams), 400, "managerIds");
            refused("hugo", rotation(List.of(other, SAM, other), today, theirs, sams), 400, "managerIds");
            refused("hugo", rotation(List.of(other, SAM), today.minusDays(1), theirs, sams), 400, "startsOn");
            refused("hugo", rotation(List.of(other, SAM), null, theirs, sams), 400, "startsOn");
            refused("hugo", rotation(List.of(other, SAM), today, theirs, alexs), 400, "clientIds");
            Map<String, Object> withPerson = rotation(List.of(other, SAM), today, theirs, sams);
            withPerson.put("userId", SAM);
            withPerson.put("endsOn", today.plusDays(3).toString());
            refused("hugo", withPerson, 400, "userId");
            refused("hugo", withPerson, 400, "endsOn");
            refused("hugo", Map.of("kind", "departure", "userId", other, "reason", "resignation",
                    "lastWorkingDay", today.plusDays(9).toString(), "managerIds", List.of(SAM)), 400, "managerIds");
            refused("hugo", Map.of("kind", "temporary", "substituteId", SAM), 400, "userId");
            Api.as("sam").body(rotation(List.of(other, ALEX), today, theirs, null)).post("/api/v1/handovers").then()
                    .statusCode(403);
            Api.as("hana").body(rotation(List.of(other, SAM), today, theirs, sams)).post("/api/v1/handovers").then()
                    .statusCode(403);

            String id = Api.as("hugo").body(rotation(List.of(other, SAM), today.plusDays(2), theirs, sams))
                    .post("/api/v1/handovers").then().statusCode(201).body("kind", equalTo("rotation"))
                    .body("state", equalTo("draft")).body("userId", nullValue()).body("items", equalTo(2))
                    .body("rotation.startsOn", equalTo(today.plusDays(2).toString()))
                    .body("rotation.members.name", hasItem("Sam Rusu")).body("rotation.due", equalTo(false))
                    .body("allowedActions", hasItems("assign", "submit", "cancel"))
                    .body("events[0].note", equalTo("planned for " + today.plusDays(2) + ": 2 clients"))
                    .extract().path("id");
            String path = "/api/v1/handovers/" + id;
            Map<String, Map<String, Object>> items = byClient("hugo", id);
            // Each member's clients go to the next in the ring, the last one's to the first.
            assertThat(items.get(theirs)).containsEntry("holderId", other).containsEntry("suggestedSuccessorId", SAM);
            assertThat(items.get(sams)).containsEntry("holderId", SAM).containsEntry("holderName", "Sam Rusu")
                    .containsEntry("suggestedSuccessorId", other);
            // A client stays with none of its own, and goes to none but the members.
            String item = (String) items.get(theirs).get("id");
            Api.as("hugo").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body(Map.of("successorId", other)).patch(path + "/items/" + item).then().statusCode(400)
                    .body("errors[0].field", equalTo("successorId"));
            Api.as("hugo").body(Map.of("successorId", ALEX, "itemIds", List.of(item))).post(path + "/successors").then()
                    .statusCode(400).body("errors[0].message", containsString("its managers"));

            // The members read it and write their items up; a manager outside it does not find it.
            Api.as("sam").get(path).then().statusCode(200).body("allowedActions", equalTo(List.of("writeUp")));
            Api.as("sam").get("/api/v1/handovers").then().body("items.id", hasItem(id));
            Api.as("alex").get(path).then().statusCode(404);
            Api.as("alex").get("/api/v1/handovers").then().body("items.id", not(hasItem(id)));
            Api.as("hana").get(path).then().statusCode(404);
            // A member writes up their own clients, not another member's, and chooses no successor.
            String samsItem = (String) items.get(sams).get("id");
            Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body(Map.of("stateOfWork", "Renewal due in May")).patch(path + "/items/" + samsItem).then()
                    .statusCode(200);
            Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body(Map.of("stateOfWork", "Not mine")).patch(path + "/items/" + item).then().statusCode(403);
            Api.as("sam").header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                    .body(Map.of("successorId", ALEX)).patch(path + "/items/" + samsItem).then().statusCode(403);
            Api.as("hugo").contentType("application/json").body("{\"successorId\": \"" + SAM + "\", \"itemIds\": [null]}")
                    .post(path + "/successors").then().statusCode(400);

            Api.as("hugo").body(Map.of("acceptSuggested", true)).post(path + "/successors").then().statusCode(200)
                    .body("withSuccessor", equalTo(2));
            Api.as("hugo").post(path + "/submit").then().statusCode(200);
            Api.as("hugo").post(path + "/approve").then().statusCode(200).body("allowedActions", equalTo(List.of("cancel")));
            Api.as("sam").get("/api/v1/notifications").then().body("items.findAll { it.handoverId == '" + id + "' }.kind",
                    hasItem("handover_approved"));
            // Not before its day.
            Api.as("hugo").post(path + "/complete").then().statusCode(409)
                    .body("detail", containsString("planned for " + today.plusDays(2)));
            assertThat(owner(theirs)).isEqualTo(other);
            // The Spanish client's letter is previewed: the new manager, from the rotation's day.
            Map<String, Object> preview = letters(byClient("hugo", id).get(sams)).get(0);
            assertThat((String) preview.get("body")).contains("Sam Rusu");

            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update handover set starts_on = current_date "
                    + "where id = cast(:id as uuid)").setParameter("id", id).executeUpdate());
            Api.as("hugo").get(path).then().body("rotation.due", equalTo(true))
                    .body("allowedActions", equalTo(List.of("complete", "cancel")));
            Api.as("hugo").post(path + "/complete").then().statusCode(200).body("state", equalTo("completed"))
                    .body("events[-1].note", equalTo("2 holdings moved, 2 letters queued"));

            assertThat(owner(theirs)).isEqualTo(SAM);
            assertThat(owner(sams)).isEqualTo(other);
            assertThat(owner(alexs)).isEqualTo(ALEX);
            Map<String, Map<String, Object>> done = byClient("hugo", id);
            assertThat(letters(done.get(theirs)).get(0)).containsEntry("state", "queued").containsEntry("language", "ro");
            assertThat((String) letters(done.get(theirs)).get(0).get("body")).contains("Sam Rusu");
            assertThat(letters(done.get(sams)).get(0)).containsEntry("language", "es");
            // Both members now have a first contact to make with the clients they received.
            assertThat(firstContactsDue(id)).isEqualTo(2);
            Api.as("sam").get("/api/v1/notifications").then().body("items.findAll { it.handoverId == '" + id + "' }.kind",
                    hasItem("clients_received"));
            Api.as("sam").body(Map.of("kind", "call", "outcome", "Introduced myself"))
                    .post("/api/v1/clients/" + theirs + "/activities").then().statusCode(201);
            Api.as("hugo").get(path).then().body("reached", equalTo(1));
            // The client's page tells whose it was; its history tells the rotation moved it.
            Api.as("hugo").get("/api/v1/clients/" + sams + "/handovers").then().statusCode(200)
                    .body("items[0].leaverId", equalTo(SAM)).body("items[0].successorId", equalTo(other));
            assertThat(changesBy(id)).isEqualTo(2);
            Api.as("hugo").post(path + "/cancel").then().statusCode(409);
        } finally {
            KeycloakUsers.delete(other);
        }
    }

    @Test
    void aClientThatChangedHandsMeanwhileStopsTheRotationAndSomeoneLeavingIsNoMember() throws IOException {
        String first = KeycloakUsers.salesManagerInNorth("rota");
        String second = KeycloakUsers.salesManagerInNorth("rotb");
        try {
            sync.syncNow();
            String a = TestClients.heldBy(first, null, "medium", "RotA");
            String b = TestClients.heldBy(second, null, "medium", "RotB");
            LocalDate today = LocalDate.now(zone);
            String id = Api.as("hugo").body(rotation(List.of(first, second), today, null, null)).post("/api/v1/handovers")
                    .then().statusCode(201).body("items", equalTo(2)).extract().path("id");
            String path = "/api/v1/handovers/" + id;
            Api.as("hugo").body(Map.of("acceptSuggested", true)).post(path + "/successors").then().statusCode(200);
            Api.as("hugo").post(path + "/submit").then().statusCode(200);
            Api.as("hugo").post(path + "/approve").then().statusCode(200);
            Api.as("hugo").header("If-Match", TestClients.ifMatch(a)).contentType("application/merge-patch+json")
                    .body(Map.of("ownerId", ALEX)).patch("/api/v1/clients/" + a).then().statusCode(200);
            // On its day the job cannot complete it either: it stays approved, nothing moved, for a person to decide;
            // its history says why and hugo, who planned and approved it, is told, once however often the job tries.
            assertThat(dueJob.run()).doesNotContain(UUID.fromString(id));
            assertThat(dueJob.run()).doesNotContain(UUID.fromString(id));
            Api.as("hugo").get(path).then().body("state", equalTo("approved"))
                    .body("events.findAll { it.kind == 'note' }", hasSize(1))
                    .body("events.find { it.kind == 'note' }.note", containsString("could not complete on its day: "
                            + "Nothing was moved: 1 clients changed owner since the rotation was planned (RotA"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) "
                    + "from notice where handover_id = cast(:id as uuid) and kind = 'rotation_stuck' and user_id = :hugo")
                    .setParameter("id", id).setParameter("hugo", "a0000000-0000-4000-8000-000000000003")
                    .getSingleResult()).intValue())).isEqualTo(1);
            Api.as("hugo").post(path + "/complete").then().statusCode(409).body("detail", containsString("changed owner"));
            assertThat(owner(b)).isEqualTo(second);
            Api.as("hugo").get(path).then().body("state", equalTo("approved"));
            Api.as("hugo").post(path + "/cancel").then().statusCode(200).body("state", equalTo("cancelled"));

            // Planned again without that client: approved, it completes by itself on its day, as the system.
            String again = Api.as("hugo").body(rotation(List.of(first, second), today, null, null))
                    .post("/api/v1/handovers").then().statusCode(201).body("items", equalTo(1)).extract().path("id");
            String againPath = "/api/v1/handovers/" + again;
            Api.as("hugo").body(Map.of("acceptSuggested", true)).post(againPath + "/successors").then().statusCode(200);
            Api.as("hugo").post(againPath + "/submit").then().statusCode(200);
            assertThat(dueJob.run()).as("only approved rotations complete").doesNotContain(UUID.fromString(again));
            Api.as("hugo").post(againPath + "/approve").then().statusCode(200);
            assertThat(dueJob.run()).contains(UUID.fromString(again));
            Api.as("hugo").get(againPath).then().body("state", equalTo("completed"))
                    .body("events[-1].actorId", equalTo("system:" + RotationDueJob.NAME))
                    .body("events[-1].note", equalTo("1 holdings moved, 0 letters queued"));
            assertThat(owner(b)).isEqualTo(first);
            assertThat(dueJob.run()).as("completed once").doesNotContain(UUID.fromString(again));

            // Someone serving their notice is no one to rotate clients to.
            String departure = Api.as("hugo").body(Map.of("kind", "departure", "userId", second, "reason", "resignation",
                    "lastWorkingDay", today.plusDays(14).toString())).post("/api/v1/handovers").then().statusCode(201)
                    .extract().path("id");
            Api.as("hugo").body(rotation(List.of(first, second), today, b, null)).post("/api/v1/handovers").then()
                    .statusCode(400).body("errors[0].field", equalTo("managerIds"))
                    .body("errors[0].message", containsString("is leaving"));
            Api.as("hugo").post("/api/v1/handovers/" + departure + "/cancel").then().statusCode(200);
        } finally {
            KeycloakUsers.delete(first);
            KeycloakUsers.delete(second);
        }
    }

    private static void refused(String who, Map<String, Object> body, int status, String field) {
        Api.as(who).body(body).post("/api/v1/handovers").then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> rotation(List<String> members, LocalDate on, String client, String another) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "rotation");
        body.put("managerIds", members);
        if (on != null) {
            body.put("startsOn", on.toString());
        }
        if (client != null) {
            body.put("clientIds", another == null ? List.of(client) : List.of(client, another));
        }
        return body;
    }

    private static String client(String owner, String country, String contact, String email) {
        Map<String, Object> body = new HashMap<>(TestClients.client(TestClients.unique("Rotating " + country)));
        body.put("country", country);
        body.put("segment", "medium");
        String id = TestClients.create("hugo", body);
        Api.as("hugo").header("If-Match", TestClients.ifMatch(id)).contentType("application/merge-patch+json")
                .body(Map.of("ownerId", owner)).patch("/api/v1/clients/" + id).then().statusCode(200);
        Api.as("hugo").body(Map.of("fullName", contact, "functions", List.of("decision_maker"), "consent", true,
                        "channels", List.of(Map.of("kind", "email", "value", email, "corporate", true))))
                .post("/api/v1/clients/" + id + "/contacts").then().statusCode(201);
        return id;
    }



    private static String owner(String client) {
        return Api.as("hugo").get("/api/v1/clients/" + client).then().statusCode(200).extract().path("ownerId");
    }

    private long firstContactsDue(String handover) {
        return count("select count(*) from handover_item where handover_id = cast(:id as uuid) "
                + "and first_contact_due is not null", handover);
    }

    private long changesBy(String handover) {
        return count("select count(distinct client_id) from change_log where context = 'handover:' || :id "
                + "and entity_type = 'client'", handover);
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter("id", id)
                .getSingleResult()).longValue());
    }
}
