package app.relay.people;

import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.ifMatch;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "If this manager left today": what a departure would put at risk, for one person and ranked for a team. */
@QuarkusTest
class ImpactTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String HUGO = "a0000000-0000-4000-8000-000000000003";
    private static String person;

    @Inject
    DirectorySync sync;
    @Inject
    ImpactSummaryJob summaries;
    @Inject
    EntityManager em;

    @BeforeAll
    static void createPerson() {
        person = KeycloakUsers.salesManagerInNorth("impact");
    }

    @AfterAll
    static void removePerson() {
        KeycloakUsers.delete(person);
    }

    private static String held(String segment, String coOwner) {
        return heldBy(person, coOwner, segment, "Impact");
    }

    private static void contact(String clientId, boolean corporate, List<String> functions) {
        Api.as("hugo").body(Map.of("fullName", unique("Contact"), "functions", functions, "channels",
                        List.of(Map.of("kind", "phone", "value", "+40721234567", "corporate", corporate))))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201);
    }

    @Test
    void aSupervisorSeesWhatTheDepartureWouldPutAtRisk() throws IOException {
        sync.syncNow();
        // Alone at a VIP, reached only by a personal phone, nobody known to decide: at risk three times over.
        String alone = held("vip", null);
        contact(alone, false, List.of("orders"));
        // Shared with sam, its decision maker on a corporate line: not at risk.
        String shared = held("medium", SAM);
        contact(shared, true, List.of("decision_maker"));
        String deleted = held("outsider", null);
        Api.as("hugo").header("If-Match", ifMatch(deleted)).delete("/api/v1/clients/" + deleted).then().statusCode(204);

        Response impact = Api.as("hugo").get("/api/v1/users/" + person + "/impact");
        impact.then().statusCode(200).body("clients", equalTo(2)).body("bySegment.vip", equalTo(1))
                .body("bySegment.medium", equalTo(1)).body("topSegment", equalTo(1)).body("onlyParty", equalTo(1))
                .body("personalOnlyContacts", equalTo(1)).body("noDecisionMaker", equalTo(1)).body("atRisk", equalTo(1))
                .body("redactedFields", equalTo(List.of()));
        Api.as("dana").get("/api/v1/users/" + person + "/impact").then().statusCode(200).body("clients", equalTo(2));
        // Not for a colleague; another team's head of sales is told the person is not theirs to see.
        Api.as("sam").get("/api/v1/users/" + person + "/impact").then().statusCode(403);
        Api.as("hana").get("/api/v1/users/" + person + "/impact").then().statusCode(404);
        Api.as("hugo").get("/api/v1/users/nobody/impact").then().statusCode(404);

        Response ranking = Api.as("hugo").queryParam("team", "north").get("/api/v1/users/impact");
        ranking.then().statusCode(200).body("items.userId", hasItem(person))
                .body("items.find { it.userId == '" + person + "' }.atRisk", equalTo(1));
        List<Integer> risks = ranking.jsonPath().getList("items.atRisk", Integer.class);
        assertThat(risks).as("most at risk first").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        Api.as("hana").get("/api/v1/users/impact").then().statusCode(200)
                .body("items.userId", org.hamcrest.Matchers.not(hasItem(person)));
        Api.as("sam").get("/api/v1/users/impact").then().statusCode(403);
    }

    /**
     * Once the job has counted, the figures come from its summaries, and they are the live ones: for the director,
     * and for a head of sales whose sight is their team plus a client of another team where they stand. A change at
     * one of the person's clients, or a party's date passing, brings the live count back until the job is by again.
     */
    @Test
    void theSummariesGiveTheLiveFigures() throws InterruptedException, IOException {
        String mine = KeycloakUsers.salesManagerInNorth("summary");
        try {
            summarised(mine);
        } finally {
            KeycloakUsers.delete(mine);
        }
    }

    private void summarised(String mine) throws InterruptedException, IOException {
        sync.syncNow();
        String alone = heldBy(mine, null, "vip", "Impact");
        contact(alone, false, List.of("orders"));
        String shared = heldBy(mine, SAM, "medium", "Impact");
        contact(shared, true, List.of("decision_maker"));
        String south = heldBy(mine, null, "key", "Impact");
        Api.as("hugo").body(Map.of("userId", HUGO, "kind", "partner")).post("/api/v1/clients/" + south + "/parties")
                .then().statusCode(201);
        String unseen = heldBy(mine, null, "outsider", "Impact");
        for (String client : List.of(south, unseen)) {
            Api.as("dana").header("If-Match", ifMatch(client)).contentType("application/merge-patch+json")
                    .body(Map.of("team", "south")).patch("/api/v1/clients/" + client).then().statusCode(200);
        }
        Map<String, Object> hugoLive = figures("hugo", mine);
        Map<String, Object> danaLive = figures("dana", mine);
        assertThat(hugoLive).doesNotContainKey("countedAt").containsEntry("clients", 3);
        assertThat(danaLive).doesNotContainKey("countedAt").containsEntry("clients", 4);

        assertThat(summaries.run()).as("people counted").isPositive();
        assertSameFigures(figures("hugo", mine), hugoLive);
        assertSameFigures(figures("dana", mine), danaLive);

        contact(alone, true, List.of("decision_maker"));
        Map<String, Object> changed = figures("hugo", mine);
        assertThat(changed).as("counted live after a change").doesNotContainKey("countedAt")
                .containsEntry("noDecisionMaker", ((Integer) hugoLive.get("noDecisionMaker")) - 1);
        summaries.run();
        assertSameFigures(figures("hugo", mine), changed);

        // A client passing to sam by its owner (the party row is mirrored from the client): live again for both.
        Api.as("hugo").header("If-Match", ifMatch(shared)).contentType("application/merge-patch+json")
                .body(Map.of("ownerId", SAM, "coOwnerId", mine)).patch("/api/v1/clients/" + shared).then().statusCode(200);
        summaries.run();
        Api.as("dana").header("If-Match", ifMatch(unseen)).contentType("application/merge-patch+json")
                .body(Map.of("ownerId", SAM)).patch("/api/v1/clients/" + unseen).then().statusCode(200);
        assertThat(figures("dana", mine)).as("the former owner").containsEntry("clients", 3).doesNotContainKey("countedAt");
        assertThat(figures("dana", SAM)).as("the new owner").doesNotContainKey("countedAt");
        summaries.run();

        // A temporary owner from five seconds on: the summary holds until then, not after.
        long start = System.currentTimeMillis();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into party (id, client_id, user_id, kind, "
                        + "valid_from, created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), :client, "
                        + ":person, 'temporary-owner', now() + interval '5 seconds', now(), 'test', now(), 'test')")
                .setParameter("client", java.util.UUID.fromString(heldBy(SAM, null, "medium", "Impact"))).setParameter("person", mine)
                .executeUpdate());
        summaries.run();
        assertThat(figures("dana", mine)).containsEntry("clients", 3).extractingByKey("countedAt").isNotNull();
        Thread.sleep(Math.max(0, start + 5_500 - System.currentTimeMillis()));
        assertThat(figures("dana", mine)).containsEntry("clients", 4).doesNotContainKey("countedAt");
    }

    /**
     * "Alone" tells whether anyone else stands at a client: a reader who may not see partners is not told it, nor
     * counted at risk for it; live and summarised alike.
     */
    @Test
    void whoIsAloneIsForThoseWhoMaySeeEveryParty() throws IOException {
        String mine = KeycloakUsers.salesManagerInNorth("alone");
        try {
            sync.syncNow();
            // At risk only by being alone: its decision maker is on a corporate line.
            String alone = heldBy(mine, null, "medium", "Impact");
            contact(alone, true, List.of("decision_maker"));
            String unreached = heldBy(mine, SAM, "medium", "Impact");
            contact(unreached, false, List.of("decision_maker"));
            assertThat(figures("hugo", mine)).containsEntry("onlyParty", 1).containsEntry("atRisk", 2);

            Api.as("ada").body(Map.of("level", "hidden")).put("/api/v1/admin/field-policies/head-of-sales/party.partner")
                    .then().statusCode(200);
            Map<String, Object> withheld = figures("hugo", mine);
            assertThat(withheld).doesNotContainKey("onlyParty").containsEntry("atRisk", 1)
                    .containsEntry("personalOnlyContacts", 1).containsEntry("clients", 2);
            assertThat(withheld.get("redactedFields")).isEqualTo(List.of("onlyParty"));
            summaries.run();
            assertSameFigures(figures("hugo", mine), withheld);
        } finally {
            Api.as("ada").body(Map.of("level", "write")).put("/api/v1/admin/field-policies/head-of-sales/party.partner")
                    .then().statusCode(200);
            KeycloakUsers.delete(mine);
        }
    }

    /** Deleting and restoring a client, and a co-owner's departure, change the figures at once (counted live). */
    @Test
    void deletionRestoreAndDepartureAreCountedAtOnce() throws IOException {
        String mine = KeycloakUsers.salesManagerInNorth("marks");
        String other = KeycloakUsers.salesManagerInNorth("leaves");
        try {
            sync.syncNow();
            heldBy(mine, other, "medium", "Impact");
            String kept = heldBy(mine, null, "key", "Impact");
            summaries.run();
            assertThat(figures("dana", mine)).containsEntry("clients", 2).containsEntry("onlyParty", 1)
                    .containsKey("countedAt");

            Api.as("hugo").header("If-Match", ifMatch(kept)).delete("/api/v1/clients/" + kept).then().statusCode(204);
            assertThat(figures("dana", mine)).containsEntry("clients", 1).doesNotContainKey("countedAt");
            summaries.run();
            Api.as("hugo").post("/api/v1/clients/" + kept + "/restore").then().statusCode(200);
            assertThat(figures("dana", mine)).containsEntry("clients", 2).doesNotContainKey("countedAt");
            summaries.run();

            // Someone who left counts for nobody: the person is now alone at the client they shared.
            Api.as("hugo").body(Map.of()).post("/api/v1/users/" + other + "/departure").then().statusCode(200);
            assertThat(figures("dana", mine)).containsEntry("onlyParty", 2).doesNotContainKey("countedAt");
            summaries.run();
            assertThat(figures("dana", mine)).containsEntry("onlyParty", 2).containsKey("countedAt");
        } finally {
            KeycloakUsers.delete(mine);
            KeycloakUsers.delete(other);
        }
    }

    private static Map<String, Object> figures(String reader, String of) {
        return Api.as(reader).get("/api/v1/users/" + of + "/impact").then().statusCode(200).extract().jsonPath()
                .getMap("");
    }

    private static void assertSameFigures(Map<String, Object> summarised, Map<String, Object> live) {
        assertThat(summarised.get("countedAt")).as("read from the summary").isNotNull();
        Map<String, Object> without = new java.util.HashMap<>(summarised);
        without.remove("countedAt");
        assertThat(without).isEqualTo(live);
    }
}
