package app.relay.audit;

import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.createTagged;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every read and change is recorded; the log is append-only and shown to the right supervisors only. */
@QuarkusTest
class AuditTest {
    private static final String SAM_ID = "a0000000-0000-4000-8000-000000000004";

    @Inject
    EntityManager em;

    @Test
    void readsAndChangesAreRecordedWithActorAndSource() {
        String id = create("sam", unique("Audited"));
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(200);
        Api.as("sam").get("/api/v1/clients/" + id + "/history").then().statusCode(200);

        Response log = Api.as("hugo").queryParam("clientId", id).get("/api/v1/audit");
        log.then().statusCode(200);
        assertThat(log.<List<String>>path("items.action")).containsExactly("read", "read", "create");
        assertThat(log.<List<String>>path("items.entityType")).containsExactly("history", "client", "client");
        assertThat(log.<List<String>>path("items.actorName")).containsOnly("Sam Rusu");
        assertThat(log.<String>path("items[0].sourceIp")).isNotBlank();
    }

    @Test
    void theSourceIsTheConnectingAddressNotWhatAnUntrustedCallerClaims() {
        String id = create("sam", unique("Spoofed"));
        Api.as("sam").header("X-Forwarded-For", "203.0.113.66").header("Forwarded", "for=203.0.113.67")
                .get("/api/v1/clients/" + id).then().statusCode(200);

        Response log = Api.as("hugo").queryParam("clientId", id).queryParam("action", "read").get("/api/v1/audit");
        log.then().statusCode(200);
        assertThat(log.<String>path("items[0].sourceIp")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    }

    @Test
    void theLogPagesWithSealedCursors() {
        String id = create("sam", unique("Paged"));
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(200);
        Response first = Api.as("hugo").queryParam("clientId", id).queryParam("limit", 1).get("/api/v1/audit");
        first.then().statusCode(200).body("items.size()", equalTo(1));
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotNull().doesNotMatch("\\d+");
        Response second = Api.as("hugo").queryParam("clientId", id).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/audit");
        second.then().statusCode(200).body("items.size()", equalTo(1));
        assertThat(second.<String>path("items[0].action")).isEqualTo("create");
        Api.as("hugo").queryParam("cursor", "12345").get("/api/v1/audit").then().statusCode(400);
    }

    @Test
    void theLogNamesTheClientAndNarrowsToAPeriod() {
        String name = unique("Named in the log");
        String id = create("sam", name);
        Response created = Api.as("dana").queryParam("clientId", id).get("/api/v1/audit");
        assertThat(created.<String>path("items[0].clientName")).isEqualTo(name);
        String at = created.path("items[0].at");
        Instant moment = Instant.parse(at);

        Api.as("dana").queryParam("clientId", id).queryParam("from", at).get("/api/v1/audit").then()
                .statusCode(200).body("items.size()", equalTo(1));
        Api.as("dana").queryParam("clientId", id).queryParam("to", at).get("/api/v1/audit").then()
                .statusCode(200).body("items.size()", equalTo(0));
        Api.as("dana").queryParam("clientId", id).queryParam("from", moment.minusSeconds(60).toString())
                .queryParam("to", moment.plusSeconds(60).atOffset(ZoneOffset.ofHours(2)).toString())
                .get("/api/v1/audit").then().statusCode(200).body("items.size()", equalTo(1));
        Api.as("dana").queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as("dana").queryParam("from", at).queryParam("to", at).get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.as("dana").queryParam("from", "+999999-01-01T00:00:00Z").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void theLogNamesNoClientItsReaderMayNotSee() {
        // A south client that sam (north) co-owns: hugo reads sam's acts on it, but may not see the client.
        String name = unique("South, co-owned");
        String id = create("sid", name);
        Api.as("dana").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("coOwnerId", SAM_ID)).patch("/api/v1/clients/" + id).then().statusCode(200);
        Api.as("sam").get("/api/v1/clients/" + id).then().statusCode(200);
        Api.as("hugo").get("/api/v1/clients/" + id).then().statusCode(404);

        Response hugos = Api.as("hugo").queryParam("clientId", id).queryParam("actorId", SAM_ID).get("/api/v1/audit");
        assertThat(hugos.<List<String>>path("items.action")).containsExactly("read");
        assertThat(hugos.<String>path("items[0].clientName")).isNull();
        Api.as("dana").queryParam("clientId", id).queryParam("actorId", SAM_ID).get("/api/v1/audit").then()
                .body("items[0].clientName", equalTo(name));
    }

    @Test
    void theLogNamesNoClientWhoseNameTheFieldRulesWithholdFromItsReader() {
        String name = unique("Name withheld");
        String id = create("sam", name);
        Api.as("hugo").queryParam("clientId", id).get("/api/v1/audit").then().body("items[0].clientName", equalTo(name));
        try {
            Api.as("ada").body(Map.of("level", "hidden")).put("/api/v1/admin/field-policies/head-of-sales/client.name")
                    .then().statusCode(200);
            Response log = Api.as("hugo").queryParam("clientId", id).get("/api/v1/audit");
            assertThat(log.<List<String>>path("items.action")).contains("create");
            assertThat(log.<List<String>>path("items.clientName")).containsOnlyNulls();
        } finally {
            Api.as("ada").body(Map.of("level", "write")).put("/api/v1/admin/field-policies/head-of-sales/client.name")
                    .then().statusCode(200);
        }
    }

    @Test
    void onlyTheDirectorAndTheTeamsHeadOfSalesReadTheLog() {
        String id = create("sam", unique("Audit scope"));
        Api.as("sam").get("/api/v1/audit").then().statusCode(403);
        Api.as("ada").get("/api/v1/audit").then().statusCode(403);
        Api.as("dana").queryParam("clientId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.size()", equalTo(1));
        Api.as("hana").queryParam("clientId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // Sam is not in her teams, nor is this client (other tests may hand sam's clients to the south).
        Api.as("hana").queryParam("actorId", SAM_ID).queryParam("clientId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items.size()", equalTo(0));
        Api.as("dana").queryParam("action", "stolen").get("/api/v1/audit").then().statusCode(400);
        Api.as("dana").queryParam("clientId", "nope").get("/api/v1/audit").then().statusCode(400);
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        create("sam", unique("Immutable"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_event set actor_id = 'someone-else'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void exportsFollowRowRulesAreAuditedAndLargeOnesNeedASupervisor() {
        String tag = "export-" + unique("t").substring(2);
        createTagged("sam", "=HYPERLINK(\"http://evil\") " + tag, tag);
        createTagged("sam", "ООО «Ёлочка», " + tag, tag);

        String csv = Api.as("sam").accept("text/csv").queryParam("tag", tag).get("/api/v1/exports/clients.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFFRelay id,Name,Tax id,Company or person");
        assertThat(csv).contains("\"ООО «Ёлочка», " + tag + "\"").contains("\"'=HYPERLINK(\"\"http://evil\"\") ");

        String foreign = Api.as("sid").accept("text/csv").queryParam("tag", tag).get("/api/v1/exports/clients.csv")
                .then().statusCode(200).extract().asString();
        assertThat(foreign.lines().toList()).hasSize(1);

        Api.as("sam").accept("text/csv").get("/api/v1/exports/clients.csv").then()
                .statusCode(403).contentType("application/problem+json");
        String all = Api.as("hugo").accept("text/csv").get("/api/v1/exports/clients.csv").then()
                .statusCode(200).extract().asString();
        assertThat(all.lines().count()).isGreaterThan(21);

        Response log = Api.as("dana").queryParam("actorId", SAM_ID).queryParam("action", "export").get("/api/v1/audit");
        assertThat(log.<String>path("items[0].detail")).startsWith("refused: ");
        assertThat(log.<Integer>path("items[1].recordCount")).isEqualTo(2);
    }
}
