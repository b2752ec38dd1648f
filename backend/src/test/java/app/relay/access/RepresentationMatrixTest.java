package app.relay.access;

import static app.relay.access.FieldMatrixTest.USER_OF_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import app.relay.access.FieldMatrixTest.Fixture;
import app.relay.client.ClientKind;
import app.relay.client.Lifecycle;
import app.relay.contact.ContactFunction;
import app.relay.contact.PreferredChannel;
import app.relay.exports.ExportLabels;
import app.relay.identity.Language;
import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The field rules over every representation beyond the record itself, generated: for every role × every
 * client and contact field key × each reading level a rule can give (hidden, masked, read), put in force for
 * that role through the admin API, on an ordinary and a VIP client, with real tokens:
 * the client list with its total, the contact persons' list, the history, the CSV and XLSX exports show the
 * field as the rule (and the field's guard) says; search, filters, totals, sort and the duplicate check
 * match on it only when it is readable; the audit log names the client only to readers of its name; a client's
 * handovers (its page), a handover's items (for those who run it) and the successor's to-dos show the write-up
 * as its rule says.
 * Expected outcomes come from the level set and the catalog's guards, never from a hand-written table.
 */
@QuarkusTest
class RepresentationMatrixTest {
    private static final List<AccessLevel> LEVELS = List.of(AccessLevel.hidden, AccessLevel.masked, AccessLevel.read);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The export's column for each exported client property (owners are exported by name). */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("taxId", "Tax id"), Map.entry("kind", "Company or person"), Map.entry("industry", "Industry"),
            Map.entry("country", "Country"), Map.entry("region", "Region"), Map.entry("city", "City"),
            Map.entry("address", "Address"), Map.entry("website", "Web site"), Map.entry("lifecycle", "Lifecycle"),
            Map.entry("segment", "Segment"), Map.entry("ownerId", "Owner"), Map.entry("coOwnerId", "Co-owner"),
            Map.entry("team", "Team"), Map.entry("tags", "Tags"));
    private static final Map<String, String> CONTACT_COLUMN_OF = Map.of("fullName", "Full name", "position", "Position",
            "functions", "Functions", "channels", "Phones and e-mails", "preferredChannel", "Preferred channel",
            "birthday", "Birthday", "hobbies", "Hobbies", "familyNotes", "Family notes", "consent", "Consents to contact",
            "language", "Letter language");
    private static final ExportLabels ENGLISH = ExportLabels.in(Language.en);
    /** The list filter that matches on each filterable field. */
    private static final Map<String, String> FILTER_OF = Map.of("client.lifecycle", "lifecycle",
            "client.segment", "segment", "client.country", "country", "client.region", "region", "client.team", "team",
            "client.ownerId", "ownerId", "client.tags", "tag");

    @Inject
    FieldPolicyStore policy;

    @TestFactory
    Stream<DynamicTest> everyRepresentationFollowsTheRuleInForce() {
        String marker = Fixture.marker();
        List<Fixture> fixtures = List.of(Fixture.create("medium", marker), Fixture.create("vip", marker));
        List<DynamicTest> cases = new ArrayList<>();
        for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
            boolean readsAudit = Api.as(role.getValue()).get("/api/v1/me").jsonPath().getList("capabilities")
                    .contains("audit.read");
            for (FieldCatalog.Field field : FieldCatalog.FIELDS) {
                if (field.entity().equals("party")) {
                    continue; // parties have their own matrix (FieldMatrixTest) and are no column of these views
                }
                for (AccessLevel level : LEVELS) {
                    Case c = new Case(role.getKey(), role.getValue(), field, level, marker, fixtures, readsAudit);
                    cases.add(DynamicTest.dynamicTest(role.getKey() + " " + field.key() + " " + level + " (medium, vip)",
                            () -> withRule(c, c::check)));
                }
            }
        }
        return cases.stream();
    }

    /** Puts the level in force for the role, runs the check, and restores the rule as it was. */
    private void withRule(Case c, Runnable check) {
        AccessLevel before = policy.level(c.role, c.field.key());
        String path = "/api/v1/admin/field-policies/" + c.role + "/" + c.field.key();
        Api.as("ada").body(Map.of("level", c.level.name())).put(path).then().statusCode(200);
        try {
            check.run();
        } finally {
            Api.as("ada").body(Map.of("level", before.name())).put(path).then().statusCode(200);
        }
    }

    record Case(String role, String user, FieldCatalog.Field field, AccessLevel level, String marker,
            List<Fixture> fixtures, boolean readsAudit) {

        boolean readable() {
            return level.atLeast(AccessLevel.read);
        }

        AccessLevel shownOn(Fixture fixture) {
            return FieldMatrixTest.expected(level, user, field, segmentOf(fixture));
        }

        void check() {
            if (field.entity().equals("handover")) {
                checkHandoverViews();
                return; // a write-up is no column of the lists and exports, nor a change of the client's history
            }
            if (field.entity().equals("order")) {
                checkOrderViews();
                return; // an order's money is no column of the client lists, exports or history
            }
            checkImpact();
            if (field.entity().equals("client")) {
                checkClientViews();
                checkSearch();
                checkFilter();
                checkSort();
                checkDuplicates();
                checkAuditNames();
                checkCommitmentNames();
                checkStageMoves();
            } else {
                checkContactViews();
                checkContactExports();
                checkSearch();
            }
            if (FieldMatrixTest.inHistory(field)) {
                checkHistory();
            }
        }

        /**
         * The conveyor timeline of each fixture: for readers of the stage only, its next steps and owners as their rules
         * say (withheld whole: a step or an owner has no masked form there).
         */
        private void checkStageMoves() {
            String key = field.key();
            if (!key.equals("client.stageId") && !key.equals("client.nextStep") && !key.equals("client.ownerId")) {
                return;
            }
            for (Fixture fixture : fixtures) {
                Response moves = Api.as(user).get("/api/v1/clients/" + fixture.clientId() + "/stage-moves");
                boolean shown = shownOn(fixture).atLeast(AccessLevel.read);
                if (key.equals("client.stageId")) {
                    assertThat(moves.statusCode()).as("the timeline under a %s stage", shownOn(fixture))
                            .isEqualTo(shown ? 200 : 403);
                    continue;
                }
                assertThat(moves.statusCode()).isEqualTo(200);
                Map<String, Object> move = moves.jsonPath().getMap("items[0]");
                String property = key.equals("client.nextStep") ? "nextStep" : "ownerAfter";
                assertThat(move.get(property) != null).as("%s in the timeline under %s", property, shownOn(fixture))
                        .isEqualTo(shown);
                assertThat((List<?>) move.get("redactedFields")).as("named as withheld").matches(
                        withheld -> withheld.contains(property) != shown);
            }
        }

        /** The orders of each fixture client show the order's field as the rule says. */
        private void checkOrderViews() {
            for (Fixture fixture : fixtures) {
                Response orders = Api.as(user).get("/api/v1/clients/" + fixture.clientId() + "/orders");
                assertThat(orders.statusCode()).isEqualTo(200);
                Map<String, Object> item = orders.jsonPath().getMap("items.find { it.id == '" + fixture.orderId() + "' }");
                FieldMatrixTest.assertRead(item, field, shownOn(fixture), fixture.order());
            }
        }

        /** The list (with its total), the CSV and the XLSX export of the marker's clients. */
        private void checkClientViews() {
            Response list = Api.as(user).queryParam("q", marker).queryParam("total", true).get("/api/v1/clients");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.<Integer>path("total")).as("the total counts what the page shows").isEqualTo(2);
            for (Fixture fixture : fixtures) {
                Map<String, Object> item = list.jsonPath().getMap("items.find { it.id == '" + fixture.clientId() + "' }");
                FieldMatrixTest.assertRead(item, field, shownOn(fixture), fixture.client());
            }
            String column = COLUMN_OF.get(field.property());
            if (column == null) {
                return; // notes and attributes are no column of the export
            }
            Map<String, Map<String, String>> csv = csvRows(Api.as(user).accept("text/csv").queryParam("q", marker)
                    .get("/api/v1/exports/clients.csv"));
            Map<String, Map<String, String>> xlsx = xlsxRows(Api.as(user).accept(XLSX).queryParam("q", marker)
                    .get("/api/v1/exports/clients.xlsx"));
            for (Fixture fixture : fixtures) {
                assertCell("csv", csv.get(fixture.clientId()), column, fixture);
                assertCell("xlsx", xlsx.get(fixture.clientId()), column, fixture);
            }
        }

        private void assertCell(String format, Map<String, String> row, String column, Fixture fixture) {
            assertThat(row).as("%s row of the %s client", format, segmentOf(fixture)).isNotNull();
            assertExported(format, row.get(column), column, fixture, exported(fixture.client(), field.property()));
        }

        /** An exported cell shows the field as the rule in force says, for this fixture's client. */
        private void assertExported(String format, String cell, String column, Fixture fixture, String value) {
            // A CSV cell starting like a formula (a phone's "+") is defused with a leading apostrophe.
            String original = format.equals("csv") && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0
                    ? "'" + value : value;
            switch (shownOn(fixture)) {
                case hidden -> assertThat(cell).as("%s %s", format, column).isEmpty();
                case masked -> {
                    if (FieldMatrixTest.NO_MASKED_SHAPE.contains(field.property())) {
                        assertThat(cell).as("%s %s", format, column).isEmpty();
                    } else {
                        assertThat(cell).as("%s %s", format, column).contains("***").isNotEqualTo(original);
                    }
                }
                default -> assertThat(cell).as("%s %s", format, column).isEqualTo(original);
            }
        }

        /** A client's handovers, and the items of the handover for those who run it, show the write-up as the rule says. */
        private void checkHandoverViews() {
            for (Fixture fixture : fixtures) {
                Response handovers = Api.as(user).get("/api/v1/clients/" + fixture.clientId() + "/handovers");
                Response items = Api.as(user).get("/api/v1/handovers/" + fixture.handoverId() + "/items");
                FieldMatrixTest.assertHandoverRead(handovers, items, user, fixture, field, shownOn(fixture));
                checkTodo(fixture);
            }
        }

        /** The fixture's urgent matter is a to-do of sam's, its successor, alone: its text as the rule says. */
        private void checkTodo(Fixture fixture) {
            Map<String, Object> todo = Api.as(user).get("/api/v1/todos").then().statusCode(200).extract().jsonPath()
                    .getMap("items.find { it.clientId == '" + fixture.clientId() + "' }");
            if (!user.equals("sam")) {
                assertThat(todo).as("%s is handed no to-do of sam's", user).isNull();
                return;
            }
            assertThat(todo).isNotNull();
            @SuppressWarnings("unchecked")
            String original = ((List<Map<String, String>>) fixture.writeUp().get("urgentMatters")).get(0).get("text");
            AccessLevel expected = field.key().equals("handover.urgentMatters") ? shownOn(fixture) : AccessLevel.read;
            switch (expected) {
                case hidden -> assertThat(todo.get("text")).isNull();
                case masked -> assertThat((String) todo.get("text")).isNotEqualTo(original).contains("***");
                default -> assertThat(todo.get("text")).isEqualTo(original);
            }
            assertThat((List<?>) todo.get("redactedFields")).hasSize(switch (expected) {
                case hidden -> 2;
                case masked -> 1;
                default -> 0;
            });
        }

        /**
         * What sam's departure would put at risk (he owns the fixtures) counts by the segment, the channels and the
         * functions only for readers of them: a corporate flag shows even masked. Only his supervisors see it.
         */
        private void checkImpact() {
            Map<String, String> figureOf = Map.of("client.segment", "bySegment", "contact.channels",
                    "personalOnlyContacts", "contact.functions", "noDecisionMaker");
            String figure = figureOf.get(field.key());
            if (figure == null) {
                return;
            }
            Response impact = Api.as(user).get("/api/v1/users/" + FieldMatrixTest.SAM + "/impact");
            if (!FieldMatrixTest.MANAGE_SARA.contains(user)) {
                assertThat(impact.statusCode()).as("%s reads sam's impact", user).isEqualTo(403);
                return;
            }
            assertThat(impact.statusCode()).isEqualTo(200);
            boolean shown = level.atLeast(field.key().equals("contact.channels") ? AccessLevel.masked : AccessLevel.read);
            List<String> redacted = impact.jsonPath().getList("redactedFields");
            assertThat(impact.<Object>path(figure)).as("%s under %s", figure, level).matches(v -> (v != null) == shown);
            assertThat(redacted.contains(figure)).as("%s listed as withheld", figure).isEqualTo(!shown);
            assertThat(impact.<Integer>path("clients")).isGreaterThanOrEqualTo(2);
        }

        /** The contact persons' list of each client shows the contact's field as the rule says. */
        private void checkContactViews() {
            for (Fixture fixture : fixtures) {
                Response contacts = Api.as(user).get("/api/v1/clients/" + fixture.clientId() + "/contacts");
                assertThat(contacts.statusCode()).isEqualTo(200);
                Map<String, Object> item = contacts.jsonPath()
                        .getMap("items.find { it.id == '" + fixture.contactId() + "' }");
                FieldMatrixTest.assertRead(item, field, shownOn(fixture), fixture.contact());
            }
        }

        /** The contact persons' CSV file and the workbook's second sheet show the contact's field as the rule says. */
        private void checkContactExports() {
            String column = CONTACT_COLUMN_OF.get(field.property());
            Map<String, Map<String, String>> csv = csvRows(Api.as(user).accept("text/csv").queryParam("q", marker)
                    .get("/api/v1/exports/contacts.csv"));
            Map<String, Map<String, String>> xlsx = xlsxRows(Api.as(user).accept(XLSX).queryParam("q", marker)
                    .get("/api/v1/exports/clients.xlsx"), 1);
            for (Fixture fixture : fixtures) {
                assertContactCell("csv", csv.get(fixture.contactId()), column, fixture);
                assertContactCell("xlsx", xlsx.get(fixture.contactId()), column, fixture);
            }
        }

        private void assertContactCell(String format, Map<String, String> row, String column, Fixture fixture) {
            assertThat(row).as("%s contact row at the %s client", format, segmentOf(fixture)).isNotNull();
            assertExported(format, row.get(column), column, fixture, exportedContact(fixture.contact(), field.property()));
        }

        /** A search by the field's own value finds the clients only through a readable field; the total agrees. */
        private void checkSearch() {
            String fragment = switch (field.key()) {
                case "client.name" -> "Matrix " + segmentOf(fixtures.get(0)) + " " + marker;
                case "client.taxId" -> (String) fixtures.get(0).client().get("taxId");
                case "contact.fullName" -> "Ionuț " + marker;
                default -> null;
            };
            if (fragment == null) {
                return;
            }
            Response found = Api.as(user).queryParam("q", fragment).queryParam("total", true).get("/api/v1/clients");
            assertThat(found.statusCode()).isEqualTo(200);
            List<String> ids = found.jsonPath().getList("items.id");
            int expected = !readable() ? 0 : field.key().equals("contact.fullName") ? 2 : 1;
            assertThat(ids).as("clients found by q=%s", fragment).hasSize(expected);
            assertThat(found.<Integer>path("total")).isEqualTo(expected);
        }

        /** A filter on the field, in the list (with its total) and in the export: refused unless readable. */
        private void checkFilter() {
            String parameter = FILTER_OF.get(field.key());
            if (parameter == null) {
                return;
            }
            Fixture vip = fixtures.get(1);
            Object value = switch (parameter) {
                case "tag" -> marker;
                case "ownerId" -> FieldMatrixTest.SAM;
                default -> vip.client().get(field.property());
            };
            Response list = Api.as(user).queryParam("q", marker).queryParam(parameter, value).queryParam("total", true)
                    .get("/api/v1/clients");
            Response csv = Api.as(user).accept("text/csv").queryParam("q", marker).queryParam(parameter, value)
                    .get("/api/v1/exports/clients.csv");
            if (readable()) {
                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(list.jsonPath().getList("items.id", String.class)).contains(vip.clientId());
                assertThat(list.<Integer>path("total")).isEqualTo(list.jsonPath().getList("items").size());
                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(csvRows(csv)).containsKey(vip.clientId());
            } else {
                assertRefused(list, parameter);
                assertRefused(csv, parameter);
            }
        }

        /** Sorting by name, and a cursor of that order: only for readers of names; the cursor never carries one. */
        private void checkSort() {
            if (!field.key().equals("client.name")) {
                return;
            }
            for (String sort : List.of("name", "-name")) {
                Response page = Api.as(user).queryParam("q", marker).queryParam("sort", sort).queryParam("limit", 1)
                        .get("/api/v1/clients");
                if (!readable()) {
                    assertRefused(page, "sort");
                    continue;
                }
                assertThat(page.statusCode()).isEqualTo(200);
                String cursor = page.path("nextCursor");
                assertThat(cursor).isNotNull();
                String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
                assertThat(decoded).as("the cursor is sealed").doesNotContain(marker).doesNotContain("Matrix");
                Api.as(user).queryParam("q", marker).queryParam("sort", sort).queryParam("limit", 1)
                        .queryParam("cursor", cursor).get("/api/v1/clients").then().statusCode(200);
            }
        }

        /** The duplicate check matches on the field only when readable, and tells names and owners as readable. */
        private void checkDuplicates() {
            Fixture medium = fixtures.get(0);
            String name = (String) medium.client().get("name");
            String taxId = (String) medium.client().get("taxId");
            switch (field.key()) {
                case "client.name" -> {
                    Response byName = Api.as(user).queryParam("name", name).get("/api/v1/clients/duplicates");
                    if (readable()) {
                        assertThat(byName.statusCode()).isEqualTo(200);
                        assertThat(byName.jsonPath().getList("matches.name")).contains(name);
                    } else {
                        assertRefused(byName, "name");
                    }
                    Response byTax = Api.as(user).queryParam("taxId", taxId).get("/api/v1/clients/duplicates");
                    assertThat(byTax.statusCode()).isEqualTo(200);
                    assertThat(byTax.<String>path("matches[0].name")).isEqualTo(readable() ? name : null);
                }
                case "client.taxId" -> {
                    Response byTax = Api.as(user).queryParam("taxId", taxId).get("/api/v1/clients/duplicates");
                    if (readable()) {
                        assertThat(byTax.statusCode()).isEqualTo(200);
                        assertThat(byTax.<String>path("matches[0].clientId")).isEqualTo(medium.clientId());
                    } else {
                        assertRefused(byTax, "taxId");
                    }
                }
                case "client.ownerId" -> {
                    Response byTax = Api.as(user).queryParam("taxId", taxId).get("/api/v1/clients/duplicates");
                    assertThat(byTax.statusCode()).isEqualTo(200);
                    assertThat(byTax.<String>path("matches[0].ownerId")).isEqualTo(readable() ? FieldMatrixTest.SAM : null);
                    assertThat(byTax.<String>path("matches[0].ownerName")).isEqualTo(readable() ? "Sam Rusu" : null);
                }
                default -> {
                }
            }
        }

        /** The audit log names a client only to readers of client names; others may not read it at all. */
        private void checkAuditNames() {
            if (!field.key().equals("client.name")) {
                return;
            }
            for (Fixture fixture : fixtures) {
                Response log = Api.as(user).queryParam("clientId", fixture.clientId()).get("/api/v1/audit");
                if (!readsAudit) {
                    assertThat(log.statusCode()).isEqualTo(403);
                    continue;
                }
                assertThat(log.statusCode()).isEqualTo(200);
                List<String> names = log.jsonPath().getList("items.clientName");
                assertThat(names).isNotEmpty();
                if (readable()) {
                    assertThat(names).containsOnly((String) fixture.client().get("name"));
                } else {
                    assertThat(names).containsOnlyNulls();
                }
            }
        }

        /**
         * A departure's commitments name its key clients as the rule says; they are read by the leaver (sara) and those
         * who run her handovers alone (sam, a successor, is refused; the others do not find them).
         */
        private void checkCommitmentNames() {
            if (!field.key().equals("client.name")) {
                return;
            }
            for (Fixture fixture : fixtures) {
                Response commitments = Api.as(user).get("/api/v1/handovers/" + fixture.handoverId() + "/commitments");
                int expected = List.of("ada", "dana", "hugo", "sara").contains(user) ? 200 : user.equals("sam") ? 403 : 404;
                assertThat(commitments.statusCode()).as("%s reads sara's commitments", user).isEqualTo(expected);
                if (expected != 200) {
                    continue;
                }
                List<Map<String, Object>> named = commitments.jsonPath()
                        .getList("keyClients.findAll { it.clientId == '" + fixture.clientId() + "' }");
                for (Map<String, Object> client : named) {
                    AccessLevel shown = shownOn(fixture);
                    if (shown.atLeast(AccessLevel.read)) {
                        assertThat(client.get("clientName")).isEqualTo(fixture.client().get("name"));
                    } else if (shown == AccessLevel.hidden) {
                        assertThat(client.get("clientName")).isNull();
                    } else {
                        assertThat(client.get("clientName")).isNotEqualTo(fixture.client().get("name"));
                    }
                }
            }
        }

        private void checkHistory() {
            for (Fixture fixture : fixtures) {
                Response history = Api.as(user).queryParam("limit", 200)
                        .get("/api/v1/clients/" + fixture.clientId() + "/history");
                Map<String, Object> original = field.entity().equals("client") ? fixture.client() : fixture.contact();
                FieldMatrixTest.assertHistory(history, field, shownOn(fixture), original);
            }
        }
    }

    private static String segmentOf(Fixture fixture) {
        return (String) fixture.client().get("segment");
    }

    private static void assertRefused(Response response, String parameter) {
        assertThat(response.statusCode()).as("refused, naming %s", parameter).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.field")).contains(parameter);
    }

    /** A client property as the export writes it: owners by name, tags joined, codes as their labels. */
    private static String exported(Map<String, Object> client, String property) {
        Object value = switch (property) {
            case "ownerId" -> client.get("ownerName");
            case "coOwnerId" -> client.get("coOwnerName");
            case "kind" -> ENGLISH.of(ClientKind.valueOf((String) client.get("kind")));
            case "lifecycle" -> ENGLISH.of(Lifecycle.valueOf((String) client.get("lifecycle")));
            case "segment" -> Api.as("ada").get("/api/v1/segments").jsonPath()
                    .getString("items.find { it.key == '" + client.get("segment") + "' }.names.en");
            case "country" -> ENGLISH.country((String) client.get("country"));
            default -> client.get(property);
        };
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : value.toString();
    }

    /** A contact person's field as the exports write it: labels for codes, a personal channel marked. */
    @SuppressWarnings("unchecked")
    private static String exportedContact(Map<String, Object> contact, String property) {
        Object value = contact.get(property);
        if (value == null) {
            return "";
        }
        return switch (property) {
            case "functions" -> String.join("; ", ((List<String>) value).stream()
                    .map(code -> ENGLISH.of(ContactFunction.valueOf(code))).toList());
            case "channels" -> String.join("; ", ((List<Map<String, Object>>) value).stream()
                    .map(ch -> ch.get("value") + (Boolean.TRUE.equals(ch.get("corporate")) ? "" : " (personal)")).toList());
            case "preferredChannel" -> ENGLISH.of(PreferredChannel.valueOf((String) value));
            case "consent" -> ENGLISH.yesNo((Boolean) value);
            default -> value.toString();
        };
    }

    /** The rows of a CSV export by client id, each as column → cell. */
    private static Map<String, Map<String, String>> csvRows(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String text = response.asString();
        List<List<String>> rows = Csv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return byId(rows);
    }

    /** The rows of an XLSX export by client id, read back as a spreadsheet program would. */
    private static Map<String, Map<String, String>> xlsxRows(Response response) {
        return xlsxRows(response, 0);
    }

    /** The rows of one sheet of an XLSX export (0: clients, 1: contact persons) by their Relay id. */
    private static Map<String, Map<String, String>> xlsxRows(Response response, int sheet) {
        assertThat(response.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheet(sheet).orElseThrow().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getOptionalCell(i).map(Cell::getText).orElse(""));
                }
                rows.add(cells);
            }
            return byId(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> byId(List<List<String>> rows) {
        List<String> header = rows.get(0);
        Map<String, Map<String, String>> out = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            out.put(cells.get("Relay id"), cells);
        }
        return out;
    }

    /** Reads RFC 4180 CSV: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (ch != '\r') {
                    cell.append(ch);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
