package app.relay.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.TestClients;
import app.relay.support.Workbooks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attribution report: each role's share of the orders of clients registered before the order's day (the
 * Changsong rule), the owner of the order's day managing it, and each reader seeing the people they may.
 * Each test works in a year of its own, long past, where no other test posts orders.
 */
@QuarkusTest
class AttributionReportTest {
    static final String SAM = "a0000000-0000-4000-8000-000000000004";
    static final String SARA = "a0000000-0000-4000-8000-000000000005";
    static final String ALEX = "a0000000-0000-4000-8000-000000000006";
    static final String LEO = "a0000000-0000-4000-8000-000000000007";
    static final String SID = "a0000000-0000-4000-8000-000000000009";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    /** A client of the team held by `owner`, registered in Relay at `registered` (its owner holding it since). */
    private String registered(String owner, String team, String registered) {
        Map<String, Object> body = new HashMap<>(TestClients.client(TestClients.unique("Attributed")));
        body.put("ownerId", owner);
        body.put("team", team);
        String id = TestClients.create("dana", body);
        sql("update client set created_at = cast(:at as timestamptz) where id = cast(:id as uuid)", id, registered);
        sql("update party set valid_from = cast(:at as timestamptz) where client_id = cast(:id as uuid) "
                + "and kind = 'owner'", id, registered);
        return id;
    }

    /**
     * From `at` on, `owner` holds the client: changed as any reassignment is (the client's owner, mirrored into the
     * parties' history at this moment), then the moment moved back to `at`.
     */
    private void ownerFrom(String client, String owner, String at) {
        sql("update client set owner_id = '" + owner + "', updated_at = now() where id = cast(:id as uuid) "
                + "and cast(:at as text) is not null", client, at);
        sql("update party set valid_to = cast(:at as timestamptz) where client_id = cast(:id as uuid) "
                + "and kind = 'owner' and valid_to is not null", client, at);
        sql("update party set valid_from = cast(:at as timestamptz) where client_id = cast(:id as uuid) "
                + "and kind = 'owner' and valid_to is null", client, at);
    }

    /** The conveyor's record of who found, qualified and closed the client. */
    private void attributed(String client, String finder, String qualifier, String closer) {
        Map<String, String> kinds = Map.of("finder", finder, "qualifier", qualifier, "closer", closer);
        kinds.forEach((kind, person) -> sql("insert into party (id, client_id, user_id, kind, valid_from, created_at, "
                + "created_by, updated_at, updated_by) values (gen_random_uuid(), cast(:id as uuid), '" + person + "', '"
                + kind + "', cast(:at as timestamptz), now(), 'test', now(), 'test')", client, "2000-01-01T00:00:00Z"));
    }

    private void sql(String statement, String id, String at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter("id", id)
                .setParameter("at", at).executeUpdate());
    }

    private static String order(String client, String date, String amount) {
        return Api.as("dana").body(Map.of("date", date, "amount", new BigDecimal(amount), "currency", "EUR"))
                .post("/api/v1/clients/" + client + "/orders").then().statusCode(201).extract().path("id");
    }

    private static JsonPath report(String user, int year) {
        return Api.as(user).queryParams(Map.of("from", year + "-01-01", "to", year + "-12-31"))
                .get("/api/v1/reports/attribution").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> amounts(JsonPath report, String userId) {
        return report.getMap("people.find { it.userId == '" + userId + "' }.amounts");
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    @Test
    void eachRoleEarnsItsShareOfOrdersOfClientsRegisteredBeforeTheOrderDay() {
        // Found and qualified by leo, closed by sara; sam managed it until mid-June, alex after.
        String customer = registered(SAM, "north", "2000-06-01T10:00:00Z");
        attributed(customer, LEO, LEO, SARA);
        ownerFrom(customer, ALEX, "2001-06-15T09:00:00Z");
        order(customer, "2001-03-01", "1000.00");
        order(customer, "2001-09-01", "2000.00");
        // Ordered the day alex took it: whoever held it at the end of that day manages it.
        order(customer, "2001-06-15", "100.00");
        String cancelled = order(customer, "2001-10-01", "500.00");
        Api.as("dana").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "cancelled")).patch("/api/v1/orders/" + cancelled).then().statusCode(200);
        // Entered in Relay on May 1st: what it ordered before and on that day pays no one, what it ordered after does.
        String late = registered(SAM, "north", "2001-05-01T10:00:00Z");
        order(late, "2001-04-01", "700.00");
        order(late, "2001-05-01", "300.00");
        order(late, "2001-05-02", "400.00");

        JsonPath report = report("dana", 2001);
        assertThat(report.getMap("split")).containsEntry("found", 10).containsEntry("qualified", 10)
                .containsEntry("closed", 50).containsEntry("manages", 30);
        assertThat(report.getString("currency")).isEqualTo("EUR");
        // 10 % + 10 % of 3,100 to leo; 50 % to sara; 30 % of each order to whoever held the client at the day's end.
        assertThat(money(amounts(report, LEO).get("found"))).isEqualByComparingTo("310.00");
        assertThat(money(amounts(report, LEO).get("qualified"))).isEqualByComparingTo("310.00");
        assertThat(money(amounts(report, LEO).get("total"))).isEqualByComparingTo("620.00");
        assertThat(money(amounts(report, SARA).get("closed"))).isEqualByComparingTo("1550.00");
        assertThat(money(amounts(report, SAM).get("manages"))).isEqualByComparingTo("420.00");
        assertThat(money(amounts(report, ALEX).get("manages"))).isEqualByComparingTo("630.00");
        assertThat(report.getInt("people.find { it.userId == '" + SAM + "' }.orders")).isEqualTo(2);
        assertThat(report.getInt("people.find { it.userId == '" + ALEX + "' }.orders")).isEqualTo(2);
        // Leo found and qualified the same three orders: three orders, not six.
        assertThat(report.getInt("people.find { it.userId == '" + LEO + "' }.orders")).isEqualTo(3);
        assertThat(report.getString("people.find { it.userId == '" + SARA + "' }.name")).isEqualTo("Sara Moldovan");
        // Most first.
        assertThat(report.getList("people.userId", String.class)).startsWith(SARA);
        // The company's side: what counted, what was left out, what no one was credited with (the late client
        // had no finder, qualifier or closer: their shares of its 400 went to no one).
        assertThat(report.getInt("supervised.countedOrders")).isEqualTo(4);
        assertThat(money(report.get("supervised.counted"))).isEqualByComparingTo("3500.00");
        assertThat(report.getInt("supervised.notRegisteredOrders")).isEqualTo(2);
        assertThat(money(report.get("supervised.notRegistered"))).isEqualByComparingTo("1000.00");
        assertThat(money(report.get("supervised.unattributed.found"))).isEqualByComparingTo("40.00");
        assertThat(money(report.get("supervised.unattributed.closed"))).isEqualByComparingTo("200.00");
        assertThat(money(report.get("supervised.unattributed.manages"))).isEqualByComparingTo("0");
        // Everything counted is paid out once: the people's totals and no one's add up to what counted.
        BigDecimal paid = report.getList("people.amounts.total").stream().map(AttributionReportTest::money)
                .reduce(BigDecimal.ZERO, BigDecimal::add).add(money(report.get("supervised.unattributed.total")));
        assertThat(paid).isEqualByComparingTo("3500.00");
        // Another year holds none of it.
        assertThat(report("dana", 2002).getList("people")).isEmpty();
    }

    @Test
    void eachReaderSeesThePeopleTheyMay() {
        String north = registered(SAM, "north", "2003-01-10T10:00:00Z");
        attributed(north, LEO, LEO, SARA);
        order(north, "2004-02-01", "1000.00");
        String south = registered(SID, "south", "2003-01-10T10:00:00Z");
        order(south, "2004-02-01", "200.00");

        assertThat(report("dana", 2004).getList("people.userId", String.class))
                .containsExactlyInAnyOrder(SARA, LEO, SAM, SID);
        // The admin runs the system, and is paid by no order: nothing of anyone's pay.
        assertThat(report("ada", 2004).getList("people")).isEmpty();
        assertThat(report("ada", 2004).getMap("supervised")).isNull();
        // Sam also holds a client of south: hugo's report is about north's clients, what sam earned there only.
        String samsSouth = registered(SAM, "south", "2003-01-10T10:00:00Z");
        order(samsSouth, "2004-03-01", "100.00");
        JsonPath hugo = report("hugo", 2004);
        assertThat(hugo.getList("people.userId", String.class)).containsExactlyInAnyOrder(SARA, LEO, SAM);
        assertThat(money(amounts(hugo, SAM).get("manages"))).isEqualByComparingTo("300.00");
        assertThat(money(amounts(report("dana", 2004), SAM).get("manages"))).isEqualByComparingTo("330.00");
        // A head of sales' company figures are those of their teams' clients.
        assertThat(money(hugo.get("supervised.counted"))).isEqualByComparingTo("1000.00");
        JsonPath hana = report("hana", 2004);
        assertThat(hana.getList("people.userId", String.class)).containsExactlyInAnyOrder(SID, SAM);
        assertThat(money(hana.get("supervised.counted"))).isEqualByComparingTo("300.00");
        // Everyone else sees their own line only, and nothing of the company's.
        JsonPath sam = report("sam", 2004);
        assertThat(sam.getList("people.userId", String.class)).containsExactly(SAM);
        assertThat(money(amounts(sam, SAM).get("manages"))).isEqualByComparingTo("330.00");
        assertThat(sam.getMap("supervised")).isNull();
        assertThat(report("sara", 2004).getList("people.userId", String.class)).containsExactly(SARA);
        assertThat(report("alex", 2004).getList("people")).isEmpty();
        // The field rules hide order amounts from lead generators: the report is made of them.
        Api.as("leo").queryParam("from", "2004-01-01").get("/api/v1/reports/attribution").then().statusCode(403)
                .contentType("application/problem+json");
        // The read is in the audit log.
        assertThat(Api.as("dana").queryParams(Map.of("actorId", SAM, "action", "read", "limit", 20)).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.detail", String.class))
                .contains("attribution report 2004-01-01 – 2004-12-31");
    }

    @Test
    void theSharesAddUpToTheCentAndADeletedClientsOrdersStillPay() {
        String client = registered(SAM, "north", "2008-01-10T10:00:00Z");
        attributed(client, LEO, ALEX, SARA);
        for (String amount : List.of("10.05", "0.33", "7.77")) {
            order(client, "2009-05-0" + amount.length(), amount);
        }
        JsonPath report = report("dana", 2009);
        assertThat(money(report.get("supervised.counted"))).isEqualByComparingTo("18.15");
        // Each share cut to the cent; the cents left over go to the largest remainders, so no cent is lost or added.
        BigDecimal paid = report.getList("people.amounts.total").stream().map(AttributionReportTest::money)
                .reduce(BigDecimal.ZERO, BigDecimal::add).add(money(report.get("supervised.unattributed.total")));
        assertThat(paid).isEqualByComparingTo("18.15");
        assertThat(money(amounts(report, SARA).get("closed"))).isBetween(new BigDecimal("9.07"), new BigDecimal("9.08"));
        // The leftover cents go to the largest remainders: of 0.07, found and qualified (0.007 each) get a cent, the
        // closer's 0.035 and the manager's 0.021 are cut down (the smallest remainders would have paid 0, 0, 4, 3).
        String small = registered(SAM, "north", "2010-01-10T10:00:00Z");
        attributed(small, LEO, ALEX, SARA);
        order(small, "2011-05-05", "0.07");
        JsonPath cents = report("dana", 2011);
        assertThat(money(amounts(cents, LEO).get("found"))).isEqualByComparingTo("0.01");
        assertThat(money(amounts(cents, ALEX).get("qualified"))).isEqualByComparingTo("0.01");
        assertThat(money(amounts(cents, SARA).get("closed"))).isEqualByComparingTo("0.03");
        assertThat(money(amounts(cents, SAM).get("manages"))).isEqualByComparingTo("0.02");
        // Deleting the client later takes nothing back from a period's pay.
        Api.as("dana").header("If-Match", TestClients.ifMatch(client)).delete("/api/v1/clients/" + client).then()
                .statusCode(204);
        assertThat(money(report("dana", 2009).get("supervised.counted"))).isEqualByComparingTo("18.15");
    }

    @Test
    void aFixedOffsetReachesPostgresWithItsSignAsPostgresReadsIt() {
        // Midnight of New Year's Day two hours east of Greenwich is 22:00 the day before in UTC; and so on.
        Map<java.time.ZoneId, String> midnights = Map.of(java.time.ZoneOffset.ofHours(2), "2025-12-31T22:00:00Z",
                java.time.ZoneOffset.ofHoursMinutes(-5, -30), "2026-01-01T05:30:00Z",
                java.time.ZoneOffset.UTC, "2026-01-01T00:00:00Z",
                java.time.ZoneId.of("Europe/Bucharest"), "2025-12-31T22:00:00Z");
        midnights.forEach((zone, utc) -> assertThat(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select cast(date '2026-01-01' as timestamp) at time zone :zone")
                .setParameter("zone", AttributionReport.postgresZone(zone)).getSingleResult()))
                .as(zone.getId()).isEqualTo(Instant.parse(utc)));
    }

    @Test
    void aPeriodIsTwoDaysInOrderAndTheYearSoFarByDefault() {
        JsonPath standard = Api.as("dana").get("/api/v1/reports/attribution").then().statusCode(200).extract().jsonPath();
        assertThat(standard.getString("to")).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        assertThat(standard.getString("from")).endsWith("-01-01").startsWith(standard.getString("to").substring(0, 4));
        Api.as("dana").queryParams(Map.of("from", "2005-02-01", "to", "2005-01-01")).get("/api/v1/reports/attribution")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        Api.as("dana").queryParam("to", "last tuesday").get("/api/v1/reports/attribution").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresInTheReadersLanguage() throws Exception {
        String customer = registered(SAM, "north", "2006-01-10T10:00:00Z");
        attributed(customer, LEO, LEO, SARA);
        order(customer, "2007-03-01", "1234.00");
        byte[] workbook = Api.as("hugo").header("Accept-Language", "ro").accept(XLSX)
                .queryParams(Map.of("from", "2007-01-01", "to", "2007-12-31")).get("/api/v1/exports/attribution.xlsx")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("relay-attribution-")).extract().asByteArray();
        Map<String, String> parts = Workbooks.partsOf(workbook);
        assertThat(Workbooks.textsOf(parts.get("xl/sharedStrings.xml"))).contains("Persoană", "A găsit", "Gestionează", "Sara Moldovan",
                "Nimeni (neatribuit)", "Comenzi numărate", "2007-01-01");
        // Amounts are numbers: sara's half of 1,234 and sam's 30 %.
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<v>617.00</v>", "<v>370.20</v>");
        assertThat(Api.as("dana").queryParams(Map.of("actorId", "a0000000-0000-4000-8000-000000000003",
                        "action", "export", "limit", 20)).get("/api/v1/audit").then().statusCode(200).extract()
                .jsonPath().getList("items.detail", String.class))
                .contains("xlsx of the attribution report 2007-01-01 – 2007-12-31");
        Api.as("leo").accept(XLSX).get("/api/v1/exports/attribution.xlsx").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theSplitMustBeFourSharesAddingUpToAHundred() {
        assertThat(AttributionSplit.parse("10, 10, 50, 30")).containsEntry(AttributionRole.CLOSED, new BigDecimal("50"));
        assertThat(AttributionSplit.parse("0,0,62.5,37.5")).containsEntry(AttributionRole.MANAGES, new BigDecimal("37.5"));
        for (String wrong : List.of("10,10,50", "10,10,50,31", "10,10,50,30,0", "-10,30,50,30", "ten,10,50,30", "")) {
            assertThatThrownBy(() -> AttributionSplit.parse(wrong)).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("relay.attribution.split");
        }
    }
}
