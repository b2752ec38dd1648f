package app.relay.exports;

import static app.relay.support.TestClients.createTagged;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Api;
import app.relay.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Excel export: same rows and rules as the CSV, typed cells, nothing that could run as a formula. */
@QuarkusTest
class ClientExportResourceTest {
    private static final String SAM_ID = "a0000000-0000-4000-8000-000000000004";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aManagerExportsTheirClientsAsAWorkbook() throws Exception {
        String tag = "xlsx-" + unique("t").substring(2);
        createTagged("sam", "=HYPERLINK(\"http://evil\") " + tag, tag);
        String yolochka = createTagged("sam", "ООО «Ёлочка», " + tag, tag);
        String sids = createTagged("sid", "Sid own client " + tag, tag);
        contact("sam", yolochka, "Ирина Соколова " + tag);
        contact("sid", sids, "Sid's contact " + tag);

        byte[] workbook = Api.as("sam").accept(XLSX).queryParam("tag", tag).get("/api/v1/exports/clients.xlsx")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
                .extract().asByteArray();
        Map<String, String> parts = Workbooks.partsOf(workbook);
        List<String> texts = Workbooks.textsOf(parts.get("xl/sharedStrings.xml"));
        assertThat(texts).contains("Tax id", "Lifecycle", "Active", "Romania", "ООО «Ёлочка», " + tag, "=HYPERLINK(\"http://evil\") " + tag, "Sam Rusu")
                .noneMatch(text -> text.startsWith("Sid own client"));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(countOf(sheet, "<row ")).isEqualTo(3);
        // The second sheet: the contact persons of those clients, and no one else's.
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"Clients\"").contains("name=\"Contact persons\"");
        assertThat(countOf(parts.get("xl/worksheets/sheet2.xml"), "<row ")).isEqualTo(2);
        assertThat(texts).contains("Full name", "Phones and e-mails", "Ирина Соколова " + tag, "Decision maker; Pays",
                "+40721234567; +40744000111 (personal)").doesNotContain("Sid's contact " + tag);

        Response log = Api.as("dana").queryParam("actorId", SAM_ID).queryParam("action", "export").get("/api/v1/audit");
        assertThat(log.<String>path("items[0].detail")).startsWith("xlsx, contact persons: 1; ");
        assertThat(log.<Integer>path("items[0].recordCount")).isEqualTo(2);
    }

    @Test
    void theContactPersonsComeAsASecondCsvFileUnderTheSameRules() {
        String tag = "ccsv-" + unique("t").substring(2);
        String mine = createTagged("sam", "Contacts export " + tag, tag);
        String sids = createTagged("sid", "Sid's export " + tag, tag);
        contact("sam", mine, "Ana, \"the buyer\" " + tag);
        contact("sid", sids, "Sid's contact " + tag);

        String csv = Api.as("sam").accept("text/csv").queryParam("tag", tag).get("/api/v1/exports/contacts.csv")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("relay-contacts-"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFRelay id,Client's Relay id,Client,Full name,Position,Functions");
        assertThat(lines.get(1)).contains(mine, "Contacts export " + tag, "\"Ana, \"\"the buyer\"\" " + tag + "\"",
                "Decision maker; Pays", "+40744000111 (personal)", "Yes");
        Response log = Api.as("dana").queryParam("actorId", SAM_ID).queryParam("action", "export").get("/api/v1/audit");
        assertThat(log.<String>path("items[0].entityType")).isEqualTo("contact");
        assertThat(log.<Integer>path("items[0].recordCount")).isEqualTo(1);
    }

    @Test
    void headersAndLabelsSpeakTheReadersLanguage() throws Exception {
        String tag = "lang-" + unique("t").substring(2);
        String client = createTagged("sam", "Язык " + tag, tag);
        contact("sam", client, "Пётр " + tag);

        String csv = Api.as("sam").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").accept("text/csv")
                .queryParam("tag", tag).get("/api/v1/exports/clients.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFID в Relay,Название,Налоговый номер");
        assertThat(csv).contains("Активный", "Румыния");

        byte[] workbook = Api.as("sam").header("Accept-Language", "es").accept(XLSX).queryParam("tag", tag)
                .get("/api/v1/exports/clients.xlsx").then().statusCode(200).extract().asByteArray();
        Map<String, String> parts = Workbooks.partsOf(workbook);
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"Clientes\"").contains("name=\"Personas de contacto\"");
        assertThat(Workbooks.textsOf(parts.get("xl/sharedStrings.xml"))).contains("Identificador fiscal", "Activo", "Rumanía",
                "Toma las decisiones; Paga");
        // A browser language Relay does not speak: English.
        String german = Api.as("sam").header("Accept-Language", "de-DE").accept("text/csv").queryParam("tag", tag)
                .get("/api/v1/exports/clients.csv").then().statusCode(200).extract().asString();
        assertThat(german).startsWith("\uFEFFRelay id,Name,Tax id");
    }

    private static void contact(String user, String clientId, String name) {
        Api.as(user).body(Map.of("fullName", name, "functions", List.of("decision_maker", "pays"), "consent", true,
                        "channels", List.of(Map.of("kind", "phone", "value", "+40721234567", "corporate", true),
                                Map.of("kind", "phone", "value", "+40744000111", "corporate", false))))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201);
    }

    @Test
    void aLargeWorkbookNeedsASupervisorAndBadFiltersAreProblems() {
        Api.as("sam").accept(XLSX).get("/api/v1/exports/clients.xlsx").then()
                .statusCode(403).contentType("application/problem+json");
        Api.as("hugo").accept(XLSX).get("/api/v1/exports/clients.xlsx").then().statusCode(200).contentType(XLSX);
        Api.as("hugo").accept(XLSX).queryParam("lifecycle", "dormant").get("/api/v1/exports/clients.xlsx").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
