package app.relay.handover;

import static app.relay.support.TestClients.heldBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The leaver's commitments: suggested from the handover (VIP and key clients, the person's corporate channels, the
 * main successor), recorded as a whole by those who run it with If-Match, read by the leaver too, refused whole on
 * bad input, and only for departures.
 */
@QuarkusTest
class DepartureCommitmentTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";

    @Inject
    DirectorySync sync;
    @ConfigProperty(name = "relay.time-zone")
    ZoneId zone;

    @Test
    void suggestedThenRecordedByTheSupervisorAndReadByTheLeaver() throws IOException {
        String[] leaver = KeycloakUsers.createInNorth("promising");
        KeycloakUsers.grantRealmRole(leaver[0], "sales-manager");
        String id = leaver[0];
        try {
            sync.syncNow();
            String vip = heldBy(id, null, "vip", "Promised");
            heldBy(id, null, "medium", "NotKey");
            Api.as("ada").body(Map.of("corporatePhone", "+40 21 300 1000", "corporateEmail", "north-3@relay.test"))
                    .put("/api/v1/users/" + id + "/profile").then().statusCode(200);
            LocalDate today = LocalDate.now(zone);
            LocalDate lastDay = today.plusDays(14);
            String handover = Api.as("hugo").body(Map.of("kind", "departure", "userId", id, "reason", "resignation",
                    "lastWorkingDay", lastDay.toString())).post("/api/v1/handovers").then().statusCode(201)
                    .extract().path("id");
            List<String> items = Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then()
                    .extract().path("items.id");
            Api.as("hugo").body(Map.of("successorId", ALEX, "itemIds", items.subList(0, 1)))
                    .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
            Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", items.subList(1, 2)))
                    .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
            String path = "/api/v1/handovers/" + handover + "/commitments";

            // Suggested: nothing signed, a year after the last day, the VIP client, the person's channels to the main
            // successor (of two with as many clients, the first by id).
            Api.as("hugo").get(path).then().statusCode(200).header("ETag", "\"0\"").body("recorded", equalTo(false))
                    .body("nonCompeteSigned", equalTo(false)).body("nonCompeteEndsOn", equalTo(lastDay.plusYears(1).toString()))
                    .body("keyClients.clientId", equalTo(List.of(vip))).body("phoneNumber", equalTo("+40 21 300 1000"))
                    .body("mailbox", equalTo("north-3@relay.test")).body("phoneTo", equalTo(SAM));
            // The leaver reads them (even serving notice); nobody else does, and the leaver does not record them.
            Api.as(leaver[1]).get(path).then().statusCode(200);
            Api.as("sam").get(path).then().statusCode(404);
            Api.as(leaver[1]).header("If-Match", "\"0\"").body(promise(today.minusDays(1), vip)).put(path).then()
                    .statusCode(403);

            // Bad input is refused whole, naming the field.
            refused(path, with(promise(null, vip), "signedOn", null), "signedOn");
            refused(path, promise(today.plusDays(1), vip), "signedOn");
            refused(path, with(promise(today.minusDays(1), vip), "nonCompeteEndsOn", today.minusDays(2).toString()),
                    "nonCompeteEndsOn");
            refused(path, promise(today.minusDays(1), heldBy(SAM, null, "vip", "NotTheirs")), "keyClientIds");
            refused(path, with(promise(today.minusDays(1), vip), "phoneTo", id), "phoneTo");
            refused(path, with(with(promise(today.minusDays(1), vip), "phoneNumber", null), "phoneTo", SAM), "phoneTo");
            refused(path, with(promise(today.minusDays(1), vip), "mailbox", "not an address"), "mailbox");
            refused(path, with(promise(today.minusDays(1), vip), "phoneNumber", "call me"), "phoneNumber");
            Api.as("hugo").body(promise(today.minusDays(1), vip)).put(path).then().statusCode(428);
            Api.as("hugo").header("If-Match", "\"1\"").body(promise(today.minusDays(1), vip)).put(path).then()
                    .statusCode(412);
            Api.as("hugo").get(path).then().body("recorded", equalTo(false));

            Api.as("hugo").header("If-Match", "\"0\"").body(promise(today.minusDays(1), vip)).put(path).then()
                    .statusCode(200).header("ETag", "\"1\"").body("recorded", equalTo(true))
                    .body("signedOn", equalTo(today.minusDays(1).toString()))
                    .body("nonCompeteEndsOn", equalTo(lastDay.plusYears(1).toString()))
                    .body("phoneToName", equalTo("Sam Rusu")).body("mailboxTo", equalTo(SAM))
                    .body("keyClients[0].clientName", containsString("Promised"));
            // A second first recording (read before the first) does not overwrite it.
            Api.as("hugo").header("If-Match", "\"0\"").body(with(promise(today.minusDays(1), vip), "mailbox", null))
                    .put(path).then().statusCode(412);
            Api.as(leaver[1]).get(path).then().statusCode(200).body("nonCompeteSigned", equalTo(true))
                    .body("mailbox", equalTo("sales-north@relay.test"));
            Api.as("hugo").get("/api/v1/handovers/" + handover).then()
                    .body("events.note", hasItem("commitments recorded"));
            // Changed again: nothing signed any more, no channels.
            Map<String, Object> undone = new HashMap<>(Map.of("nonCompeteSigned", false));
            Api.as("hugo").header("If-Match", "\"1\"").body(undone).put(path).then().statusCode(200)
                    .header("ETag", "\"2\"").body("phoneNumber", nullValue()).body("keyClients.size()", equalTo(0));

            Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(200);
            Api.as("hugo").header("If-Match", "\"2\"").body(undone).put(path).then().statusCode(409);
        } finally {
            KeycloakUsers.delete(id);
        }
    }

    @Test
    void onlyADepartureHasThem() throws IOException {
        String away = KeycloakUsers.salesManagerInNorth("covered");
        try {
            sync.syncNow();
            heldBy(away, null, "medium", "CoveredHere");
            LocalDate today = LocalDate.now(zone);
            String cover = Api.as("hugo").body(Map.of("kind", "temporary", "userId", away, "substituteId", SAM,
                    "startsOn", today.toString(), "endsOn", today.plusDays(2).toString())).post("/api/v1/handovers").then()
                    .statusCode(201).extract().path("id");
            Api.as("hugo").get("/api/v1/handovers/" + cover + "/commitments").then().statusCode(409);
        } finally {
            KeycloakUsers.delete(away);
        }
    }

    private static Map<String, Object> promise(LocalDate signedOn, String keyClient) {
        Map<String, Object> body = new HashMap<>();
        body.put("nonCompeteSigned", true);
        body.put("signedOn", signedOn == null ? null : signedOn.toString());
        body.put("keyClientIds", List.of(keyClient));
        body.put("phoneNumber", "+40 21 300 1000");
        body.put("phoneTo", SAM);
        body.put("mailbox", "sales-north@relay.test");
        body.put("mailboxTo", SAM);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static void refused(String path, Map<String, Object> body, String field) {
        Api.as("hugo").header("If-Match", "\"0\"").body(body).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
