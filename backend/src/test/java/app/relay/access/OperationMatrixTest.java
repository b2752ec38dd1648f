package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.identity.Roles;
import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every role × every operation on a north prospect owned by sam and co-owned by alex. Who sees it
 * follows the row rules (owner, co-owner, team heads, lead generators of the team, director, admin,
 * integration); what they may do follows the role rules and the field policy in force.
 */
@QuarkusTest
class OperationMatrixTest {
    /** A user per role, and whether the row rules let them see the fixture. */
    record Caller(String user, String role, boolean sees) {
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("ada", Roles.ADMIN, true), new Caller("dana", Roles.DIRECTOR, true),
            new Caller("hugo", Roles.HEAD_OF_SALES, true), new Caller("hana", Roles.HEAD_OF_SALES, false),
            new Caller("sam", Roles.SALES_MANAGER, true), new Caller("sara", Roles.SALES_MANAGER, false),
            new Caller("sid", Roles.SALES_MANAGER, false), new Caller("alex", Roles.ACCOUNT_MANAGER, true),
            new Caller("leo", Roles.LEAD_GENERATOR, true), new Caller("integration", Roles.INTEGRATION, true));

    /** The second stage of the lead phase, as shipped. */
    private static final String CONTACTED = "57000000-0000-4000-8000-000000000002";

    @Inject
    FieldPolicyStore policy;

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryOperation() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Caller caller : CALLERS) {
            boolean supervisor = caller.role().equals(Roles.HEAD_OF_SALES) || caller.role().equals(Roles.DIRECTOR)
                    || caller.role().equals(Roles.ADMIN);
            boolean deletes = supervisor || caller.role().equals(Roles.SALES_MANAGER)
                    || caller.role().equals(Roles.ACCOUNT_MANAGER);
            boolean writesCity = policy.level(caller.role(), "client.city") == AccessLevel.write;
            boolean writesMoney = policy.level(caller.role(), "order.amount") == AccessLevel.write;
            // The fixture is a lead: moved by those who write its stage and work in the lead phase.
            boolean movesLead = policy.level(caller.role(), "client.stageId") == AccessLevel.write
                    && !FieldMatrixTest.LEAD_PHASE_OUTSIDERS.contains(caller.role());
            boolean readsStage = policy.level(caller.role(), "client.stageId").atLeast(AccessLevel.read);
            Map<String, Function<String, Integer>> operations = Map.of(
                    "orders", id -> Api.as(caller.user()).get("/api/v1/clients/" + id + "/orders").statusCode(),
                    "post order", id -> Api.as(caller.user()).body(Map.of("date", "2026-11-02", "amount", 10,
                            "currency", "EUR")).post("/api/v1/clients/" + id + "/orders").statusCode(),
                    "get", id -> Api.as(caller.user()).get("/api/v1/clients/" + id).statusCode(),
                    "history", id -> Api.as(caller.user()).get("/api/v1/clients/" + id + "/history").statusCode(),
                    "contacts", id -> Api.as(caller.user()).get("/api/v1/clients/" + id + "/contacts").statusCode(),
                    "patch city", id -> Api.as(caller.user()).header("If-Match", "\"0\"")
                            .contentType("application/merge-patch+json").body(Map.of("city", "Iași"))
                            .patch("/api/v1/clients/" + id).statusCode(),
                    "delete", id -> Api.as(caller.user()).header("If-Match", TestClients.ifMatch(id))
                            .delete("/api/v1/clients/" + id).statusCode(),
                    "stage moves", id -> Api.as(caller.user()).get("/api/v1/clients/" + id + "/stage-moves")
                            .statusCode(),
                    "move stage", id -> Api.as(caller.user()).body(Map.of("stageId", CONTACTED))
                            .post("/api/v1/clients/" + id + "/stage").statusCode(),
                    "restore", id -> {
                        Api.as("dana").header("If-Match", TestClients.ifMatch(id)).delete("/api/v1/clients/" + id)
                                .then().statusCode(204);
                        return Api.as(caller.user()).post("/api/v1/clients/" + id + "/restore").statusCode();
                    });
            Map<String, Integer> expected = Map.of(
                    "orders", caller.sees() ? 200 : 404,
                    "post order", !caller.sees() ? 404 : writesMoney ? 201 : 403,
                    "get", caller.sees() ? 200 : 404,
                    "history", caller.sees() ? 200 : 404,
                    "contacts", caller.sees() ? 200 : 404,
                    "patch city", !caller.sees() ? 404 : writesCity ? 200 : 403,
                    "delete", !caller.sees() ? 404 : deletes ? 204 : 403,
                    // A deleted client is invisible to all but those who may restore it.
                    "restore", supervisor && caller.sees() ? 200 : supervisor ? 404 : 403,
                    "stage moves", !caller.sees() ? 404 : readsStage ? 200 : 403,
                    "move stage", !caller.sees() ? 404 : movesLead ? 200 : 403);
            operations.forEach((name, operation) -> cases.add(DynamicTest.dynamicTest(
                    caller.user() + " (" + caller.role() + ") " + name + " → " + expected.get(name),
                    () -> assertThat(operation.apply(fixture())).isEqualTo(expected.get(name)))));
            int activities = caller.sees() ? 200 : 404;
            cases.add(DynamicTest.dynamicTest(caller.user() + " activities read and logged → " + activities, () -> {
                String id = fixture();
                assertThat(Api.as(caller.user()).get("/api/v1/clients/" + id + "/activities").statusCode())
                        .isEqualTo(activities);
                assertThat(Api.as(caller.user()).body(Map.of("kind", "call", "outcome", "matrix"))
                        .post("/api/v1/clients/" + id + "/activities").statusCode()).isEqualTo(caller.sees() ? 201 : 404);
            }));
            cases.add(DynamicTest.dynamicTest(caller.user() + " overdue first contacts → 200" + (supervisor ? "" : ", none"),
                    () -> {
                        var overdue = Api.as(caller.user()).get("/api/v1/handovers/overdue-first-contacts");
                        assertThat(overdue.statusCode()).isEqualTo(200);
                        if (!supervisor) {
                            // Only those who run handovers chase first contacts.
                            assertThat(overdue.jsonPath().getInt("total")).isZero();
                        }
                    }));
            // A vacation cover and a partnership of sam's client by sara: arranged by those who run sam's handovers and
            // may assign that kind of party; sara sees the client while it stands, and no one else's attempt changes anything.
            for (PartyKind kind : List.of(PartyKind.TEMPORARY_OWNER, PartyKind.PARTNER)) {
                boolean arranges = supervisor && !caller.user().equals("hana")
                        && policy.level(caller.role(), kind.fieldKey()) == AccessLevel.write;
                cases.add(DynamicTest.dynamicTest(caller.user() + " sara as " + kind.wireName() + " of sam's client → "
                        + (arranges ? 201 : 403), () -> {
                    String id = fixture();
                    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
                    Map<String, Object> body = kind == PartyKind.PARTNER
                            ? Map.of("kind", "partner", "userId", FieldMatrixTest.SAM, "partnerId", FieldMatrixTest.SARA,
                                    "duties", "matrix", "clientIds", List.of(id))
                            : Map.of("kind", "temporary", "userId", FieldMatrixTest.SAM, "substituteId", FieldMatrixTest.SARA,
                                    "startsOn", today.toString(), "endsOn", today.plusDays(1).toString(), "clientIds", List.of(id));
                    assertThat(Api.as(caller.user()).body(body).post("/api/v1/handovers").statusCode())
                            .isEqualTo(arranges ? 201 : 403);
                    assertThat(Api.as("sara").get("/api/v1/clients/" + id).statusCode()).isEqualTo(arranges ? 200 : 404);
                }));
            }
            // A rotation of sam's client to sara: planned by those who run both their handovers; sara, a member, reads it.
            boolean rotates = supervisor && !caller.user().equals("hana");
            cases.add(DynamicTest.dynamicTest(caller.user() + " rotation of sam's client to sara → " + (rotates ? 201 : 403),
                    () -> {
                        String id = fixture();
                        var planned = Api.as(caller.user()).body(Map.of("kind", "rotation", "managerIds",
                                List.of(FieldMatrixTest.SAM, FieldMatrixTest.SARA), "clientIds", List.of(id), "startsOn",
                                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString()))
                                .post("/api/v1/handovers");
                        assertThat(planned.statusCode()).isEqualTo(rotates ? 201 : 403);
                        if (rotates) {
                            assertThat(Api.as("sara").get("/api/v1/handovers/" + planned.path("id")).statusCode())
                                    .isEqualTo(200);
                            assertThat(Api.as(caller.user()).post("/api/v1/handovers/" + planned.path("id") + "/cancel")
                                    .statusCode()).isEqualTo(200);
                        }
                    }));
            // The commitments and the exfiltration watch of sara's departure: hers and her supervisors' to read, the
            // watch her supervisors' alone; sam, a successor, is refused; the others do not find them.
            boolean runsSaras = List.of("ada", "dana", "hugo").contains(caller.user());
            int commitments = runsSaras || caller.user().equals("sara") ? 200 : caller.user().equals("sam") ? 403 : 404;
            int watch = runsSaras ? 200 : List.of("sam", "sara").contains(caller.user()) ? 403 : 404;
            cases.add(DynamicTest.dynamicTest(caller.user() + " sara's commitments → " + commitments + ", watch → " + watch,
                    () -> {
                        String handover = FieldMatrixTest.Fixture.handover(fixture(), "completed")[0];
                        assertThat(Api.as(caller.user()).get("/api/v1/handovers/" + handover + "/commitments").statusCode())
                                .isEqualTo(commitments);
                        assertThat(Api.as(caller.user()).get("/api/v1/handovers/" + handover + "/watch").statusCode())
                                .isEqualTo(watch);
                    }));
            cases.add(DynamicTest.dynamicTest(caller.user() + " search, duplicates and export find it: " + caller.sees(),
                    () -> assertFindable(caller)));
            int auditStatus = caller.role().equals(Roles.DIRECTOR) || caller.role().equals(Roles.HEAD_OF_SALES) ? 200 : 403;
            cases.add(DynamicTest.dynamicTest(caller.user() + " audit log → " + auditStatus,
                    () -> assertThat(Api.as(caller.user()).get("/api/v1/audit").statusCode()).isEqualTo(auditStatus)));
            cases.add(DynamicTest.dynamicTest(caller.user() + " segments → 200", () -> assertThat(
                    Api.as(caller.user()).get("/api/v1/segments").statusCode()).isEqualTo(200)));
            int segmentsStatus = caller.role().equals(Roles.ADMIN) || caller.role().equals(Roles.DIRECTOR) ? 200 : 403;
            cases.add(DynamicTest.dynamicTest(caller.user() + " change a segment → " + segmentsStatus, () -> {
                String outsider = Api.as(caller.user()).get("/api/v1/segments").path("items.find { it.key == 'outsider' }.id");
                assertThat(Api.as(caller.user()).header("If-Match", "*").contentType("application/merge-patch+json")
                        .body(Map.of("colour", "#343a40")).patch("/api/v1/segments/" + outsider).statusCode())
                        .isEqualTo(segmentsStatus);
            }));
            int lettersStatus = caller.role().equals(Roles.ADMIN) ? 200 : 403;
            cases.add(DynamicTest.dynamicTest(caller.user() + " letter templates → " + lettersStatus, () -> assertThat(
                    Api.as(caller.user()).get("/api/v1/letter-templates").statusCode()).isEqualTo(lettersStatus)));
            cases.add(DynamicTest.dynamicTest(caller.user() + " stages → 200", () -> assertThat(
                    Api.as(caller.user()).get("/api/v1/pipeline/stages").statusCode()).isEqualTo(200)));
            cases.add(DynamicTest.dynamicTest(caller.user() + " rename a stage → " + segmentsStatus, () -> {
                String lost = Api.as(caller.user()).get("/api/v1/pipeline/stages").path("items.find { it.key == 'lost' }.id");
                assertThat(Api.as(caller.user()).header("If-Match", "*").contentType("application/merge-patch+json")
                        .body(Map.of("names", Map.of("en", "Lost"))).patch("/api/v1/pipeline/stages/" + lost)
                        .statusCode()).isEqualTo(segmentsStatus);
            }));
            // North's routing rule, set again as it is: its supervisors may (hana supervises south only).
            boolean setsNorth = supervisor && !caller.user().equals("hana");
            cases.add(DynamicTest.dynamicTest(caller.user() + " north's routing → " + (setsNorth ? 200 : 403), () -> {
                List<String> teams = Api.as(caller.user()).get("/api/v1/pipeline/routing").path("items.team");
                assertThat(teams.contains("north")).isEqualTo(setsNorth);
                assertThat(Api.as(caller.user()).header("If-Match", "*").body(Map.of("rule", "round-robin"))
                        .put("/api/v1/pipeline/routing/north/account").statusCode()).isEqualTo(setsNorth ? 200 : 403);
            }));
            // The attribution report is made of order amounts; but for the director and heads of sales, one's own line only.
            boolean readsMoney = policy.level(caller.role(), "order.amount").atLeast(AccessLevel.read);
            cases.add(DynamicTest.dynamicTest(caller.user() + " attribution report → " + (readsMoney ? 200 : 403), () -> {
                var report = Api.as(caller.user()).queryParams(Map.of("from", "2001-01-01", "to", "2030-12-31"))
                        .get("/api/v1/reports/attribution");
                assertThat(report.statusCode()).isEqualTo(readsMoney ? 200 : 403);
                assertThat(Api.as(caller.user()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .get("/api/v1/exports/attribution.xlsx").statusCode())
                        .isEqualTo(readsMoney ? 200 : 403);
                if (readsMoney && !caller.role().equals(Roles.DIRECTOR) && !caller.role().equals(Roles.HEAD_OF_SALES)) {
                    List<String> people = report.path("people.userId");
                    assertThat(people).allMatch(person -> person.equals(Api.as(caller.user()).get("/api/v1/me").path("id")));
                    assertThat(report.<Object>path("supervised")).isNull();
                }
            }));
            int adminStatus = caller.role().equals(Roles.ADMIN) ? 200 : 403;
            cases.add(DynamicTest.dynamicTest(caller.user() + " field grid → " + adminStatus, () -> assertThat(
                    Api.as(caller.user()).get("/api/v1/admin/field-policies").statusCode()).isEqualTo(adminStatus)));
        }
        return cases.stream();
    }

    private static void assertFindable(Caller caller) {
        String name = TestClients.unique("Findable");
        String tag = "op-" + name.substring(name.length() - 8);
        Map<String, Object> body = new java.util.HashMap<>(fixtureBody(name));
        body.put("tags", List.of(tag));
        String id = Api.as("hugo").body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");
        List<String> listed = Api.as(caller.user()).queryParam("q", name).get("/api/v1/clients").path("items.id");
        List<String> duplicates = Api.as(caller.user()).queryParam("name", name).get("/api/v1/clients/duplicates")
                .path("matches.clientId");
        String csv = Api.as(caller.user()).accept("text/csv").queryParam("tag", tag).get("/api/v1/exports/clients.csv")
                .then().statusCode(200).extract().asString();
        assertThat(listed.contains(id)).isEqualTo(caller.sees());
        assertThat(duplicates.contains(id)).isEqualTo(caller.sees());
        assertThat(csv.contains(id)).isEqualTo(caller.sees());
    }

    private static String fixture() {
        return Api.as("hugo").body(fixtureBody(TestClients.unique("Operations"))).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> fixtureBody(String name) {
        Map<String, Object> body = new java.util.HashMap<>(TestClients.client(name));
        body.put("lifecycle", "prospect");
        body.put("ownerId", FieldMatrixTest.SAM);
        body.put("coOwnerId", FieldMatrixTest.ALEX);
        body.put("team", "north");
        return body;
    }
}
