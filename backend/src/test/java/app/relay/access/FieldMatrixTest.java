package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.identity.Roles;
import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorization matrix, generated from the policy in force: every role × every field key, read
 * (for an ordinary and a VIP client) and write, with real tokens. Expected outcomes come from the
 * policy store and the relationship rules, never from a hand-written table.
 */
@QuarkusTest
class FieldMatrixTest {
    static final String SAM = "a0000000-0000-4000-8000-000000000004";
    static final String ALEX = "a0000000-0000-4000-8000-000000000006";
    static final String SARA = "a0000000-0000-4000-8000-000000000005";
    static final String DANA = "a0000000-0000-4000-8000-000000000002";
    static final String HUGO = "a0000000-0000-4000-8000-000000000003";
    static final String HANA = "a0000000-0000-4000-8000-000000000008";
    static final String SID = "a0000000-0000-4000-8000-000000000009";
    /** One user per role; all of them can see the fixture (a north prospect of sam, co-owned by alex). */
    static final Map<String, String> USER_OF_ROLE = Map.of(
            Roles.ADMIN, "ada", Roles.DIRECTOR, "dana", Roles.HEAD_OF_SALES, "hugo", Roles.SALES_MANAGER, "sam",
            Roles.ACCOUNT_MANAGER, "alex", Roles.LEAD_GENERATOR, "leo", Roles.INTEGRATION, "integration");
    /** Who is in the fixture's inner circle: owner, co-owner, the head of sales of its team, the director. */
    static final List<String> INNER_CIRCLE = List.of("dana", "hugo", "sam", "alex");
    /** Who runs a handover of sara's (team north): an admin, the director, the head of sales of north. */
    static final Set<String> MANAGE_SARA = Set.of("ada", "dana", "hugo");
    /** Who reads the completed fixture handovers: those who run them, and sam, the successor of their item. */
    static final Set<String> READ_SARAS_HANDOVER = Set.of("ada", "dana", "hugo", "sam");

    @Inject
    FieldPolicyStore policy;

    @TestFactory
    Stream<DynamicTest> everyRoleReadsEveryFieldAsThePolicySays() {
        List<DynamicTest> cases = new ArrayList<>();
        for (String segment : List.of("medium", "vip")) {
            Fixture fixture = Fixture.create(segment);
            for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
                Response client = Api.as(role.getValue()).get("/api/v1/clients/" + fixture.clientId);
                Response contact = Api.as(role.getValue()).get("/api/v1/contacts/" + fixture.contactId);
                Response order = Api.as(role.getValue()).get("/api/v1/orders/" + fixture.orderId);
                Response history = Api.as(role.getValue()).queryParam("limit", 200)
                        .get("/api/v1/clients/" + fixture.clientId + "/history");
                Response parties = Api.as(role.getValue()).get("/api/v1/clients/" + fixture.clientId + "/parties");
                for (FieldCatalog.Field field : FieldCatalog.of("party")) {
                    AccessLevel expected = expected(role.getKey(), role.getValue(), field, segment);
                    PartyKind kind = kindOf(field);
                    cases.add(DynamicTest.dynamicTest("parties " + segment + " " + role.getKey() + " " + field.key()
                            + " → " + expected, () -> assertPartyRead(parties, kind, expected)));
                    cases.add(DynamicTest.dynamicTest("history " + segment + " " + role.getKey() + " " + field.key()
                            + " → " + expected, () -> assertPartyHistory(history, kind, expected)));
                }
                Response handovers = Api.as(role.getValue()).get("/api/v1/clients/" + fixture.clientId + "/handovers");
                Response items = Api.as(role.getValue()).get("/api/v1/handovers/" + fixture.handoverId + "/items");
                for (FieldCatalog.Field field : FieldCatalog.of("handover")) {
                    AccessLevel expected = expected(role.getKey(), role.getValue(), field, segment);
                    cases.add(DynamicTest.dynamicTest("handover " + segment + " " + role.getKey() + " " + field.key()
                            + " → " + expected, () -> assertHandoverRead(handovers, items, role.getValue(), fixture,
                                    field, expected)));
                }
                for (FieldCatalog.Field field : FieldCatalog.FIELDS) {
                    if (field.entity().equals("party") || field.entity().equals("handover")) {
                        continue;
                    }
                    Response view = switch (field.entity()) {
                        case "client" -> client;
                        case "order" -> order;
                        default -> contact;
                    };
                    Map<String, Object> original = fixture.original(field);
                    AccessLevel expected = expected(role.getKey(), role.getValue(), field, segment);
                    cases.add(DynamicTest.dynamicTest("read " + segment + " " + role.getKey() + " " + field.key()
                            + " → " + expected, () -> assertRead(view, field, expected, original)));
                    if (inHistory(field)) {
                        cases.add(DynamicTest.dynamicTest("history " + segment + " " + role.getKey() + " " + field.key()
                                + " → " + expected, () -> assertHistory(history, field, expected, original)));
                    }
                }
            }
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleWritesEveryFieldAsThePolicySays() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
            for (FieldCatalog.Field field : FieldCatalog.FIELDS) {
                boolean allowed = expected(role.getKey(), role.getValue(), field, "medium") == AccessLevel.write;
                if (field.entity().equals("party")) {
                    PartyKind kind = kindOf(field);
                    // Successors are named by handovers only, attribution by the conveyor's moves: refused for
                    // everyone here, as a bad kind.
                    int status = kind == PartyKind.SUCCESSOR || kind.isAttribution() ? 400 : allowed ? 201 : 403;
                    cases.add(DynamicTest.dynamicTest("assign " + role.getKey() + " " + field.key() + " → " + status,
                            () -> assertAssign(role.getValue(), kind, status)));
                    continue;
                }
                if (field.entity().equals("handover")) {
                    // Only those who run sara's handover write its items up (writers of the field); anyone else, its
                    // successor too while it is open, is told it does not exist.
                    int status = MANAGE_SARA.contains(role.getValue()) ? allowed ? 200 : 403 : 404;
                    cases.add(DynamicTest.dynamicTest("write " + role.getKey() + " " + field.key() + " → " + status,
                            () -> assertHandoverWrite(role.getValue(), field, status)));
                    continue;
                }
                if (FieldCatalog.DERIVED.contains(field.key())) {
                    continue; // kept by Relay from the orders: no one writes it
                }
                if (field.key().equals("client.stageId")) {
                    // Moved by the stage action, by those who write the field and work in the fixture's phase (lead).
                    boolean moves = allowed && !LEAD_PHASE_OUTSIDERS.contains(role.getKey());
                    cases.add(DynamicTest.dynamicTest("move " + role.getKey() + " " + field.key() + " → "
                            + (moves ? "200" : "403"), () -> assertStageMove(role.getValue(), moves)));
                    continue;
                }
                cases.add(DynamicTest.dynamicTest("write " + role.getKey() + " " + field.key() + " → "
                        + (allowed ? "200" : "403"), () -> assertWrite(role.getValue(), field, allowed)));
            }
        }
        return cases.stream();
    }

    /** Roles that do not work clients in the lead phase (the fixture's): they move none of its stages. */
    static final Set<String> LEAD_PHASE_OUTSIDERS = Set.of(Roles.ADMIN, Roles.ACCOUNT_MANAGER);

    /** A move of a fresh fixture back to the first lead stage: made, or refused with the client where it was. */
    private static void assertStageMove(String user, boolean moves) {
        Fixture fixture = Fixture.create("medium");
        String newLead = Fixture.stageId("new-lead");
        Api.as(user).body(Map.of("stageId", newLead)).post("/api/v1/clients/" + fixture.clientId + "/stage").then()
                .statusCode(moves ? 200 : 403);
        Object after = Api.as("dana").get("/api/v1/clients/" + fixture.clientId).path("stageId");
        assertThat(after).as("stage after %s's move", user)
                .isEqualTo(moves ? newLead : fixture.client.get("stageId"));
    }

    private AccessLevel expected(String role, String user, FieldCatalog.Field field, String segment) {
        return expected(policy.level(role, field.key()), user, field, segment);
    }

    /** What a rule at `level` gives `user` on `field` of a client in `segment`, once the field's guard applies. */
    static AccessLevel expected(AccessLevel level, String user, FieldCatalog.Field field, String segment) {
        boolean guarded = field.guard() != null && !INNER_CIRCLE.contains(user)
                && (!field.guard().topSegmentsOnly() || segment.equals("vip") || segment.equals("key"));
        return guarded ? level.atMost(field.guard().cap()) : level;
    }

    private static PartyKind kindOf(FieldCatalog.Field field) {
        return Arrays.stream(PartyKind.values()).filter(k -> k.fieldKey().equals(field.key())).findFirst().orElseThrow();
    }

    /** Each kind of party of the fixture: listed with its person (read), without (masked), or only named as withheld. */
    private static void assertPartyRead(Response parties, PartyKind kind, AccessLevel expected) {
        assertThat(parties.statusCode()).isEqualTo(200);
        List<Map<String, Object>> ofKind = parties.jsonPath().getList("items.findAll { it.kind == '" + kind.wireName() + "' }");
        List<String> redacted = parties.jsonPath().getList("redactedKinds");
        switch (expected) {
            case hidden -> {
                assertThat(ofKind).isEmpty();
                assertThat(redacted).contains(kind.wireName());
            }
            case masked -> {
                assertThat(ofKind).hasSize(1);
                assertThat(ofKind.get(0).get("userId")).isNull();
            }
            default -> {
                assertThat(ofKind).hasSize(1);
                assertThat(ofKind.get(0).get("userId")).isEqualTo(Fixture.PARTY_OF.get(kind));
                assertThat(redacted).doesNotContain(kind.wireName());
            }
        }
    }

    private static void assertPartyHistory(Response history, PartyKind kind, AccessLevel expected) {
        Map<String, Object> created = history.jsonPath().getMap("items.find { it.entityType == 'party' && "
                + "it.action == 'created' && (it.changes.kind == null || it.changes.kind.to == '" + kind.wireName()
                + "') && it.redactedFields.size() " + (expected.atLeast(AccessLevel.read) ? "==" : ">") + " 0 }");
        assertThat(created).as("a creation entry for the %s under the %s rule", kind, expected).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> changes = (Map<String, Map<String, Object>>) created.get("changes");
        if (expected.atLeast(AccessLevel.read)) {
            assertThat(changes.get("userId").get("to")).isEqualTo(Fixture.PARTY_OF.get(kind));
        } else {
            assertThat(changes).doesNotContainKey("userId");
        }
    }

    private static void assertAssign(String user, PartyKind kind, int status) {
        Fixture fixture = Fixture.create("medium");
        String person = kind == PartyKind.EXECUTIVE_SPONSOR ? HANA : SID;
        Map<String, Object> body = new HashMap<>(Map.of("userId", person, "kind", kind.wireName()));
        if (kind == PartyKind.TEMPORARY_OWNER) {
            // After the fixture's own stand-in (sara, 30 days): a client has one temporary owner at a time.
            body.put("validFrom", Instant.now().plus(31, ChronoUnit.DAYS).toString());
            body.put("validTo", Instant.now().plus(38, ChronoUnit.DAYS).toString());
        }
        Api.as(user).body(body).post("/api/v1/clients/" + fixture.clientId + "/parties").then()
                .statusCode(status);
        List<String> standing = Api.as("dana").get("/api/v1/clients/" + fixture.clientId + "/parties").jsonPath()
                .getList("items.userId");
        assertThat(standing.contains(person)).as("%s assigned by %s", kind, user).isEqualTo(status == 201);
    }

    /** The creation entry of the client or its contact tells every field's first value: under the same rule. */
    /**
     * The history names people and contact persons only to readers of those fields: the entry's subject
     * (a contact person's name) and the names of the holders whose ids the changes hold.
     */
    private static void assertHistoryNames(Map<String, Object> created, FieldCatalog.Field field, AccessLevel expected,
            Map<String, Object> original) {
        if (field.key().equals("contact.fullName")) {
            Object subject = created.get("subjectName");
            switch (expected) {
                case hidden -> assertThat(subject).isNull();
                case masked -> assertThat(String.valueOf(subject)).contains("***");
                default -> assertThat(subject).isEqualTo(original.get("fullName"));
            }
        }
        if (field.key().equals("client.ownerId") || field.key().equals("client.coOwnerId")) {
            @SuppressWarnings("unchecked")
            Map<String, String> people = (Map<String, String>) created.get("people");
            Object holder = original.get(field.property());
            if (holder != null) {
                if (expected.atLeast(AccessLevel.read)) {
                    assertThat(people.get(holder)).isNotBlank();
                } else {
                    assertThat(people).doesNotContainKey((String) holder);
                }
            }
        }
    }

    static void assertHistory(Response history, FieldCatalog.Field field, AccessLevel expected,
            Map<String, Object> original) {
        assertThat(history.statusCode()).isEqualTo(200);
        Map<String, Object> created = history.jsonPath().getMap("items.find { it.entityType == '"
                + field.entity() + "' && it.action == 'created' }");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> changes = (Map<String, Map<String, Object>>) created.get("changes");
        @SuppressWarnings("unchecked")
        List<String> redacted = (List<String>) created.get("redactedFields");
        Map<String, Object> change = changes.get(field.property());
        assertHistoryNames(created, field, expected, original);
        switch (expected) {
            case hidden -> {
                assertThat(change).isNull();
                assertThat(redacted).contains(field.property());
            }
            case masked -> {
                assertThat(redacted).contains(field.property());
                if (change != null) {
                    assertThat(String.valueOf(change.get("to"))).contains("***");
                }
            }
            default -> {
                assertThat(redacted).doesNotContain(field.property());
                Object value = original.get(field.property());
                if (value instanceof String text) {
                    // The latest entry that changed it tells its value now (the stage moved since the creation).
                    Map<String, Object> latest = history.jsonPath().getMap("items.find { it.entityType == '"
                            + field.entity() + "' && it.changes." + field.property() + " != null }");
                    assertThat(latest).isNotNull();
                    assertThat(((Map<?, ?>) ((Map<?, ?>) latest.get("changes")).get(field.property())).get("to"))
                            .isEqualTo(text);
                }
            }
        }
    }

    private static void assertRead(Response view, FieldCatalog.Field field, AccessLevel expected,
            Map<String, Object> original) {
        assertThat(view.statusCode()).isEqualTo(200);
        assertRead(view.jsonPath().getMap(""), field, expected, original);
    }

    /** Properties whose values have no masked shape (an enum, a date, a flag, an object): masked withholds them. */
    static final Set<String> NO_MASKED_SHAPE = Set.of("kind", "lifecycle", "segment", "attributes", "functions",
            "preferredChannel", "birthday", "consent", "language", "revenue12m", "overdueReceivables", "amount", "lines", "stageId",
            "qualification", "nextStep");

    /** One client or contact view (a record, a list item) shows the field as the level says. */
    static void assertRead(Map<String, Object> view, FieldCatalog.Field field, AccessLevel expected,
            Map<String, Object> original) {
        assertThat(view).as("the record is shown").isNotNull();
        @SuppressWarnings("unchecked")
        List<String> redacted = (List<String>) view.get("redactedFields");
        Object shown = view.get(field.property());
        switch (expected) {
            case hidden -> {
                assertThat(shown).isNull();
                assertThat(redacted).contains(field.property());
            }
            case masked -> {
                assertThat(redacted).contains(field.property());
                if (NO_MASKED_SHAPE.contains(field.property())) {
                    assertThat(shown).isNull();
                } else {
                    assertThat(shown).isNotNull().isNotEqualTo(original.get(field.property()));
                    assertThat(shown.toString()).contains("***");
                }
            }
            default -> {
                assertThat(redacted).doesNotContain(field.property());
                assertThat(shown).isEqualTo(original.get(field.property()));
            }
        }
    }

    /**
     * The fixture's completed handover shows its write-up as the rule says: on the client page to everyone who
     * sees the client, in the handover's item list to those who run it and its successor (others are told it does
     * not exist).
     */
    static void assertHandoverRead(Response handovers, Response items, String user, Fixture fixture,
            FieldCatalog.Field field, AccessLevel expected) {
        assertThat(handovers.statusCode()).isEqualTo(200);
        assertRead(handovers.jsonPath().getMap("items.find { it.handoverId == '" + fixture.handoverId + "' }"), field,
                expected, fixture.writeUp);
        if (!READ_SARAS_HANDOVER.contains(user)) {
            assertThat(items.statusCode()).as("%s reads the items of a handover they have no part in", user)
                    .isEqualTo(404);
            return;
        }
        assertThat(items.statusCode()).isEqualTo(200);
        assertRead(items.jsonPath().getMap("items.find { it.clientId == '" + fixture.clientId + "' }"), field,
                expected, fixture.writeUp);
    }

    /** A write-up change of an item of sara's open handover: done, refused by the rule, or not found. */
    private static void assertHandoverWrite(String user, FieldCatalog.Field field, int status) {
        Fixture fixture = Fixture.create("medium");
        String[] draft = Fixture.handover(fixture.clientId, "draft");
        try {
            String item = "/api/v1/handovers/" + draft[0] + "/items/" + draft[1];
            Object value = Fixture.NEW_VALUES.get(field.key());
            int got = Api.as(user).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body(Map.of(field.property(), value)).patch(item).statusCode();
            assertThat(got).as("PATCH %s by %s", field.key(), user).isEqualTo(status);
            Object after = Api.as("dana").get("/api/v1/handovers/" + draft[0] + "/items").jsonPath()
                    .get("items[0]." + field.property());
            assertThat(after).as("%s after the PATCH", field.key())
                    .isEqualTo(status == 200 ? value : fixture.writeUp.get(field.property()));
        } finally {
            Fixture.close(draft[0]);
        }
    }

    /** Whether the client's history tells the field's changes: not for what Relay derives, nor for orders. */
    static boolean inHistory(FieldCatalog.Field field) {
        return !FieldCatalog.DERIVED.contains(field.key()) && !field.entity().equals("order");
    }

    private static void assertWrite(String user, FieldCatalog.Field field, boolean allowed) {
        Fixture fixture = Fixture.create("medium");
        String path = switch (field.entity()) {
            case "client" -> "/api/v1/clients/" + fixture.clientId;
            case "order" -> "/api/v1/orders/" + fixture.orderId;
            default -> "/api/v1/contacts/" + fixture.contactId;
        };
        // A tax id belongs to one client per country: each write gives a new one.
        Object value = field.key().equals("client.taxId") ? TestClients.uniqueTaxId() : Fixture.NEW_VALUES.get(field.key());
        Map<String, Object> patch = Map.of(field.property(), value);
        // The client was moved once on the conveyor; its contact person and order are as made.
        Object version = field.entity().equals("client") ? fixture.client.get("version") : 0;
        int expected = allowed ? 200 : 403;
        if (field.key().equals("client.lifecycle")) {
            // A lifecycle by hand stays in its phase: a customer goes from active to passive. Sam keeps it (chosen by
            // hugo); lead generators see no customers.
            Api.as("hugo").body(Map.of("stageId", Fixture.stageId("first-contract"), "ownerId", SAM))
                    .post("/api/v1/clients/" + fixture.clientId + "/stage").then().statusCode(200);
            version = Api.as("dana").get(path).path("version");
            expected = user.equals("leo") ? 404 : expected;
        }
        int status = Api.as(user).header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json")
                .body(patch).patch(path).statusCode();
        assertThat(status).as("PATCH %s by %s", field.key(), user).isEqualTo(expected);
        if (expected != 200) {
            Object after = Api.as("dana").get(path).path(field.property());
            Object before = field.key().equals("client.lifecycle") ? "active" : fixture.original(field).get(field.property());
            assertThat(after).as("refused write left %s unchanged", field.key()).isEqualTo(before);
        }
    }

    /**
     * A north prospect owned by sam, co-owned by alex, moved once on the conveyor, with one order and one contact
     * whose every field is set.
     */
    record Fixture(String clientId, String contactId, Map<String, Object> client, Map<String, Object> contact,
            String handoverId, Map<String, Object> writeUp, String orderId, Map<String, Object> order) {
        static final Map<String, Object> NEW_VALUES = newValues();

        /** The fixture's record the field belongs to, as the director read it when it was made. */
        Map<String, Object> original(FieldCatalog.Field field) {
            return switch (field.entity()) {
                case "client" -> client;
                case "order" -> order;
                default -> contact;
            };
        }

        static Fixture create(String segment) {
            return create(segment, marker());
        }

        /** A word no other client or contact person carries: `q` finds exactly the fixtures made with it. */
        static String marker() {
            return "mx" + UUID.randomUUID().toString().substring(0, 8);
        }

        /** Named "Matrix <segment> <marker>", tagged with the marker, its contact person "Ionuț <marker>". */
        static Fixture create(String segment, String marker) {
            Map<String, Object> client = new HashMap<>(TestClients.client("Matrix " + segment + " " + marker));
            client.putAll(Map.of("lifecycle", "prospect", "segment", segment, "coOwnerId", ALEX, "taxId", TestClients.uniqueTaxId(),
                    "industry", "wine", "region", "Cluj", "city", "Cluj-Napoca", "address", "str. Lungă 1",
                    "website", "matrix.ro", "tags", List.of("export", marker)));
            client.put("notes", "Pays on time");
            client.put("qualification", Map.of("money", "20k a year", "authority", "the owner", "need", "cold rooms"));
            client.put("nextStep", Map.of("text", "Send the offer", "due", LocalDate.now().plusDays(7).toString()));
            client.put("attributes", Map.of("paymentTermsDays", 30));
            String clientId = Api.as("hugo").body(withOwner(client)).post("/api/v1/clients")
                    .then().statusCode(201).extract().path("id");
            // One order, invoiced and overdue: the client's figures have every value.
            String orderId = Api.as("hugo").body(Map.of("date", LocalDate.now().minusDays(20).toString(), "amount", 1250.5,
                            "currency", "EUR", "status", "invoiced", "dueDate", LocalDate.now().minusDays(5).toString(),
                            "lines", List.of(Map.of("product", "Fetească 0.75", "quantity", 100, "price", 12.505))))
                    .post("/api/v1/clients/" + clientId + "/orders").then().statusCode(201).extract().path("id");
            addParties(clientId);
            // One move on the conveyor (after the parties: sara is credited already), so that its timeline has an
            // entry to show and withhold.
            Api.as("hugo").body(Map.of("stageId", stageId("contacted"), "reason", "called", "nextStep", "Send the offer",
                    "nextStepDue", LocalDate.now().plusDays(7).toString()))
                    .post("/api/v1/clients/" + clientId + "/stage").then().statusCode(200);
            Map<String, Object> shownOrder = Api.as("dana").get("/api/v1/orders/" + orderId).then().extract().jsonPath()
                    .getMap("");
            Map<String, Object> shownClient = Api.as("dana").get("/api/v1/clients/" + clientId).then().extract()
                    .jsonPath().getMap("");
            Map<String, Object> contact = Map.of("fullName", "Ionuț " + marker, "position", "director",
                    "functions", List.of("decision_maker", "pays"),
                    "channels", List.of(Map.of("kind", "phone", "value", "+40721234567", "corporate", true)),
                    "preferredChannel", "phone", "birthday", "1975-04-12", "hobbies", "fishing",
                    "familyNotes", "two daughters", "consent", true);
            String contactId = Api.as("sam").body(contact).post("/api/v1/clients/" + clientId + "/contacts")
                    .then().statusCode(201).extract().path("id");
            Map<String, Object> shownContact = Api.as("dana").get("/api/v1/contacts/" + contactId).then().extract()
                    .jsonPath().getMap("");
            return new Fixture(clientId, contactId, shownClient, shownContact, handover(clientId, "completed")[0],
                    WRITE_UP, orderId, shownOrder);
        }

        static String stageId(String key) {
            return Api.as("dana").get("/api/v1/pipeline/stages").jsonPath()
                    .getString("items.find { it.key == '" + key + "' }.id");
        }

        /** What each fixture handover says of its client. */
        static final Map<String, Object> WRITE_UP = Map.of("stateOfWork", "Renewal agreed in principle",
                "urgentMatters", List.of(Map.of("text", "Send the new price list", "due", "2027-01-15")));

        /**
         * A departure handover of sara's in `state` with one item, on this client, written up: as a handover
         * would leave it (a completed one is what the client page shows). Answers its id and the item's.
         */
        static String[] handover(String clientId, String state) {
            String handover = UUID.randomUUID().toString();
            String item = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> {
                EntityManager em = Arc.container().instance(EntityManager.class).get();
                em.createNativeQuery("insert into handover (id, kind, user_id, reason, last_working_day, state, "
                                + "created_at, created_by, updated_at, updated_by) values (cast(:id as uuid), 'departure', "
                                + ":sara, 'resignation', current_date + 14, :state, now(), :by, now(), :by)")
                        .setParameter("id", handover).setParameter("sara", SARA).setParameter("state", state)
                        .setParameter("by", HUGO).executeUpdate();
                em.createNativeQuery("insert into handover_event (handover_id, from_state, to_state, actor_id, at) "
                                + "values (cast(:id as uuid), null, :state, :by, now())")
                        .setParameter("id", handover).setParameter("state", state).setParameter("by", HUGO)
                        .executeUpdate();
                em.createNativeQuery("insert into handover_item (id, handover_id, client_id, kinds, successor_id, "
                                + "state_of_work, urgent_matters, created_at, created_by, updated_at, updated_by) values "
                                + "(cast(:item as uuid), cast(:id as uuid), cast(:client as uuid), '{partner}', :sam, :work, "
                                + "cast(:urgent as jsonb), now(), :by, now(), :by)")
                        .setParameter("item", item).setParameter("id", handover).setParameter("client", clientId)
                        .setParameter("sam", SAM).setParameter("work", WRITE_UP.get("stateOfWork"))
                        .setParameter("urgent", "[{\"text\": \"Send the new price list\", \"due\": \"2027-01-15\"}]")
                        .setParameter("by", HUGO).executeUpdate();
            });
            return new String[] {handover, item};
        }

        /** Cancels an open fixture handover, so that sara may have the next one. */
        static void close(String handoverId) {
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                    .createNativeQuery("update handover set state = 'cancelled' where id = cast(:id as uuid)")
                    .setParameter("id", handoverId).executeUpdate());
        }

        /** Sara partners and stands in, dana sponsors, sara is named successor and credited with finding, qualifying, closing. */
        static final Map<PartyKind, String> PARTY_OF = Map.of(PartyKind.PARTNER, SARA, PartyKind.TEMPORARY_OWNER, SARA,
                PartyKind.EXECUTIVE_SPONSOR, DANA, PartyKind.SUCCESSOR, SARA, PartyKind.FINDER, SARA,
                PartyKind.QUALIFIER, SARA, PartyKind.CLOSER, SARA);

        private static void addParties(String clientId) {
            String parties = "/api/v1/clients/" + clientId + "/parties";
            Api.as("hugo").body(Map.of("userId", SARA, "kind", "partner", "duties", "the Cluj plant")).post(parties)
                    .then().statusCode(201);
            Api.as("hugo").body(Map.of("userId", SARA, "kind", "temporary-owner",
                    "validTo", Instant.now().plus(30, ChronoUnit.DAYS).toString())).post(parties).then().statusCode(201);
            Api.as("hugo").body(Map.of("userId", DANA, "kind", "executive-sponsor")).post(parties).then().statusCode(201);
            // Named by a handover, and credited by the conveyor (as its moves would): written as those do.
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                    .createNativeQuery("insert into party (id, client_id, user_id, kind, valid_from, created_at, created_by, "
                            + "updated_at, updated_by) select gen_random_uuid(), cast(:client as uuid), :user, kind, "
                            + "now(), now(), :by, now(), :by from unnest(array['successor', 'finder', 'qualifier', "
                            + "'closer']) kind")
                    .setParameter("client", clientId).setParameter("user", SARA).setParameter("by", HUGO)
                    .executeUpdate());
        }

        private static Map<String, Object> withOwner(Map<String, Object> client) {
            Map<String, Object> out = new HashMap<>(client);
            out.put("ownerId", SAM);
            out.put("team", "north");
            return out;
        }

        private static Map<String, Object> newValues() {
            Map<String, Object> v = new HashMap<>();
            v.putAll(Map.of("client.name", "Renamed SRL", "client.taxId", "RO999", "client.kind", "person",
                    "client.industry", "logistics", "client.country", "MD", "client.region", "Orhei",
                    "client.city", "Orhei", "client.address", "str. Nouă 2", "client.website", "renamed.md",
                    "client.lifecycle", "passive"));
            v.putAll(Map.of("client.segment", "key", "client.ownerId", SARA, "client.coOwnerId", SARA,
                    "client.team", "south", "client.tags", List.of("tender"), "client.notes", "Changed",
                    "client.attributes", Map.of("paymentTermsDays", 60)));
            v.putAll(Map.of("client.qualification", Map.of("money", "none this year", "authority", "the board",
                    "need", "later"), "client.nextStep", Map.of("text", "Call in spring", "due",
                    LocalDate.now().plusDays(90).toString())));
            v.putAll(Map.of("handover.stateOfWork", "Tender lost, keep in touch", "handover.urgentMatters",
                    List.of(Map.of("text", "Call the buyer", "due", "2027-02-01"))));
            v.putAll(Map.of("contact.fullName", "Ion Popescu", "contact.position", "buyer",
                    "contact.functions", List.of("orders"),
                    "contact.channels", List.of(Map.of("kind", "email", "value", "ion@matrix.ro", "corporate", true)),
                    "contact.preferredChannel", "email", "contact.birthday", LocalDate.of(1980, 1, 2).toString(),
                    "contact.hobbies", "chess", "contact.familyNotes", "one son", "contact.consent", false,
                    "contact.language", "es"));
            v.putAll(Map.of("order.amount", 990, "order.lines", List.of(Map.of("product", "Rară Neagră", "quantity", 1,
                    "price", 990))));
            return v;
        }
    }
}
