package app.relay.party;

import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partners, temporary owners and executive sponsors: who may add them, whom they let see the client, how they end. */
@QuarkusTest
class PartiesTest {
    static final String SAM = "a0000000-0000-4000-8000-000000000004";
    static final String SARA = "a0000000-0000-4000-8000-000000000005";
    static final String ADA = "a0000000-0000-4000-8000-000000000001";
    static final String DANA = "a0000000-0000-4000-8000-000000000002";
    static final String LEO = "a0000000-0000-4000-8000-000000000007";
    static final String SID = "a0000000-0000-4000-8000-000000000009";

    @Inject
    PartyExpiryJob job;

    @Test
    void theOwnerIsAPartyFromTheStartAndEveryChangeOfOwnerIsKept() {
        String id = create("sam", unique("Held"));
        Api.as("sam").get("/api/v1/clients/" + id + "/parties").then().statusCode(200)
                .body("items.kind", equalTo(List.of("owner"))).body("items[0].userId", equalTo(SAM))
                .body("items[0].userName", equalTo("Sam Rusu")).body("items[0].standing", equalTo(true));

        Api.as("hugo").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("ownerId", SARA)).patch("/api/v1/clients/" + id).then().statusCode(200);

        Api.as("hugo").get("/api/v1/clients/" + id + "/parties").then()
                .body("items.userId", equalTo(List.of(SARA)));
        Response all = Api.as("hugo").queryParam("ended", "true").get("/api/v1/clients/" + id + "/parties");
        assertThat(all.jsonPath().getList("items.userId")).containsExactly(SAM, SARA);
        assertThat(all.jsonPath().getList("items.standing")).containsExactly(false, true);
        assertThat(all.jsonPath().getString("items[0].endedAt")).isNotNull();
    }

    @Test
    void aPartnerFromAnotherTeamSeesTheClientUntilThePartnershipEnds() {
        String id = create("sam", unique("Shared"));
        Api.as("sid").get("/api/v1/clients/" + id).then().statusCode(404);

        Response added = Api.as("hugo").body(Map.of("userId", SID, "kind", "partner", "duties", "serves the Iași plant"))
                .post("/api/v1/clients/" + id + "/parties");
        added.then().statusCode(201).body("kind", equalTo("partner")).body("duties", equalTo("serves the Iași plant"));

        Api.as("sid").get("/api/v1/clients/" + id).then().statusCode(200);
        Api.as("sid").queryParam("q", "Shared").get("/api/v1/clients").then().body("items.id", hasItem(id));
        // A partner is in the inner circle: the contact persons' personal notes are theirs to read.
        String contact = Api.as("sam").body(Map.of("fullName", "Ana Vlad", "hobbies", "chess"))
                .post("/api/v1/clients/" + id + "/contacts").then().statusCode(201).extract().path("id");
        Api.as("sid").get("/api/v1/contacts/" + contact).then().body("hobbies", equalTo("chess"));

        String partyId = added.path("id");
        Api.as("sam").header("If-Match", "\"0\"").delete("/api/v1/clients/" + id + "/parties/" + partyId)
                .then().statusCode(403);
        Api.as("hugo").delete("/api/v1/clients/" + id + "/parties/" + partyId).then().statusCode(428);
        Api.as("hugo").header("If-Match", "\"0\"").delete("/api/v1/clients/" + id + "/parties/" + partyId)
                .then().statusCode(204);

        Api.as("sid").get("/api/v1/clients/" + id).then().statusCode(404);
        Api.as("sid").queryParam("q", "Shared").get("/api/v1/clients").then().body("items.id", not(hasItem(id)));
        Api.as("hugo").get("/api/v1/clients/" + id + "/history").then()
                .body("items.findAll { it.entityType == 'party' }.action", equalTo(List.of("deleted", "created")))
                .body("items.find { it.entityType == 'party' && it.action == 'created' }.actorName",
                        equalTo("Hugo Petrescu"))
                // Whom the entry is about: the partner, named.
                .body("items.find { it.entityType == 'party' && it.action == 'created' }.subjectName",
                        equalTo("Sid Morales"));
    }

    @Test
    void aManagerMayNotAssignAndBadPartiesAreRefusedNamingTheField() {
        String id = create("sam", unique("Guarded"));
        String parties = "/api/v1/clients/" + id + "/parties";
        Api.as("sam").body(Map.of("userId", SARA, "kind", "partner")).post(parties).then().statusCode(403)
                .body("errors[0].field", equalTo("kind"));
        Api.as("hugo").body(Map.of("userId", ADA, "kind", "partner")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("userId"));
        Api.as("hugo").body(Map.of("userId", "nobody", "kind", "partner")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("userId"));
        Api.as("hugo").body(Map.of("userId", SAM, "kind", "executive-sponsor")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("userId"));
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "owner")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "successor")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "boss")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "temporary-owner")).post(parties).then().statusCode(400)
                .body("errors[0].field", equalTo("validTo"));
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "temporary-owner", "validTo", "2020-01-01T00:00:00Z"))
                .post(parties).then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        Api.as("hugo").body(Map.of("userId", SAM, "kind", "partner")).post(parties).then().statusCode(409);
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "partner")).post(parties).then().statusCode(201);
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "partner")).post(parties).then().statusCode(409);
        Api.as("hugo").body(Map.of("userId", DANA, "kind", "executive-sponsor")).post(parties).then().statusCode(201);
        Api.as("sid").body(Map.of("userId", SARA, "kind", "partner")).post(parties).then().statusCode(404);
        Api.as("sam").get(parties).then().statusCode(200)
                .body("items.kind", equalTo(List.of("owner", "partner", "executive-sponsor")));
    }

    @Test
    void aTemporaryOwnerStopsCountingWhenTheirTimeIsUpAndTheNightlyJobRecordsItAsTheSystem() throws Exception {
        String id = create("sid", unique("Vacation"));
        Instant until = Instant.now().plus(3, ChronoUnit.SECONDS);
        // A south client in the hands of sam (north) for a few seconds: a stand-in across teams.
        Api.as("hana").body(Map.of("userId", SAM, "kind", "temporary-owner", "validTo", until.toString()))
                .post("/api/v1/clients/" + id + "/parties").then().statusCode(201);
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(200);
        // One temporary owner at a time: another whose period meets sam's is refused, nothing added.
        Api.as("hana").body(Map.of("userId", SARA, "kind", "temporary-owner", "validTo",
                        until.plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/clients/" + id + "/parties").then().statusCode(409)
                .body("detail", containsString("Sam Rusu stands in as temporary owner"))
                .body("errors[0].field", equalTo("validFrom"));

        Thread.sleep(Math.max(0, until.toEpochMilli() - System.currentTimeMillis()) + 300);
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(404);
        Api.as("hana").get("/api/v1/clients/" + id + "/parties").then()
                .body("items.kind", equalTo(List.of("owner")));

        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        Map<String, Object> ended = Api.as("hana").get("/api/v1/clients/" + id + "/history").jsonPath()
                .getMap("items.find { it.entityType == 'party' && it.action == 'deleted' }");
        assertThat(ended.get("actorId")).isEqualTo("system:party-expiry");
        assertThat(ended.get("actorName")).isEqualTo("Relay (party-expiry)");
        assertThat(job.run()).as("a second run finds nothing left to end").isZero();
        // Once sam's time is over, another may stand in.
        Api.as("hana").body(Map.of("userId", SARA, "kind", "temporary-owner", "validTo",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/clients/" + id + "/parties").then().statusCode(201);
    }

    @Test
    void aLeadGeneratorMayStandInForAProspectOnly() {
        String customer = create("sam", unique("Customer"));
        Api.as("hugo").body(Map.of("userId", LEO, "kind", "partner"))
                .post("/api/v1/clients/" + customer + "/parties").then().statusCode(400)
                .body("errors[0].field", equalTo("userId"));
        Map<String, Object> body = new java.util.HashMap<>(TestClients.client(unique("Prospect pool")));
        body.put("lifecycle", "prospect");
        String prospect = create("sam", body);
        Api.as("hugo").body(Map.of("userId", LEO, "kind", "partner"))
                .post("/api/v1/clients/" + prospect + "/parties").then().statusCode(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aKindTheFieldRulesHideOrMaskIsWithheldFromTheListAndTheHistory() {
        String id = create("sam", unique("Discreet"));
        Api.as("hugo").body(Map.of("userId", SARA, "kind", "partner", "duties", "night shifts"))
                .post("/api/v1/clients/" + id + "/parties").then().statusCode(201);
        withLevel("party.partner", "hidden", () -> {
            Api.as("sam").get("/api/v1/clients/" + id + "/parties").then()
                    .body("items.kind", equalTo(List.of("owner"))).body("redactedKinds", equalTo(List.of("partner")));
            Map<String, Object> entry = Api.as("sam").get("/api/v1/clients/" + id + "/history").jsonPath()
                    .getMap("items.find { it.entityType == 'party' }");
            assertThat((Map<?, ?>) entry.get("changes")).isEmpty();
            assertThat((List<Object>) entry.get("redactedFields")).contains("userId", "duties", "kind");
        });
        withLevel("party.partner", "masked", () -> {
            Api.as("sam").get("/api/v1/clients/" + id + "/parties").then()
                    .body("items.kind", equalTo(List.of("owner", "partner")))
                    .body("items[1].userId", equalTo(null)).body("items[1].duties", equalTo(null));
            Map<String, Object> entry = Api.as("sam").get("/api/v1/clients/" + id + "/history").jsonPath()
                    .getMap("items.find { it.entityType == 'party' }");
            assertThat((Map<String, Object>) entry.get("changes")).containsKey("kind").doesNotContainKeys("userId", "duties");
        });
        Api.as("sam").get("/api/v1/clients/" + id + "/parties").then().body("items[1].userId", equalTo(SARA));
    }

    /** Runs with `key` at `level` for sales managers, then gives it back its level. */
    private static void withLevel(String key, String level, Runnable check) {
        String path = "/api/v1/admin/field-policies/sales-manager/" + key;
        String before = Api.as("ada").get("/api/v1/admin/field-policies").then().statusCode(200)
                .extract().path("levels.'sales-manager'.'" + key + "'");
        Api.as("ada").body(Map.of("level", level)).put(path).then().statusCode(200);
        try {
            check.run();
        } finally {
            Api.as("ada").body(Map.of("level", before)).put(path).then().statusCode(200);
        }
    }
}
