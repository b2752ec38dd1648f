package app.relay.order;

import static app.relay.support.TestClients.heldBy;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Orders of clients: entered by those who hold them or posted by accounting (idempotent on its own id), converted
 * into the company's currency at the rate of their date, and summed into each client's figures at once.
 */
@QuarkusTest
class OrderTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    EntityManager em;
    @Inject
    OrderFiguresJob job;

    private static Map<String, Object> order(LocalDate date, String amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("amount", new java.math.BigDecimal(amount));
        body.put("currency", currency);
        return body;
    }

    private static Response post(String user, String clientId, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/clients/" + clientId + "/orders");
    }

    private static Map<String, Object> client(String user, String clientId) {
        return Api.as(user).get("/api/v1/clients/" + clientId).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void theOwnerEntersOrdersAndTheClientsFiguresFollowAtOnce() {
        String id = heldBy(SAM, null, "medium", "Orders");
        assertThat(client("sam", id)).doesNotContainKeys("revenue12m", "lastOrderOn");

        post("sam", id, order(TODAY.minusDays(40), "1000.00", "EUR")).then().statusCode(201)
                .header("ETag", "\"0\"").body("companyAmount", equalTo(1000.0f)).body("companyCurrency", equalTo("EUR"))
                .body("status", equalTo("open"));
        Map<String, Object> invoiced = order(TODAY.minusDays(10), "500", "EUR");
        invoiced.putAll(Map.of("status", "invoiced", "dueDate", TODAY.minusDays(1).toString(), "number", "F-17",
                "lines", List.of(Map.of("product", "Riesling 0.75", "quantity", 100, "price", 5))));
        post("sam", id, invoiced).then().statusCode(201).body("lines[0].product", equalTo("Riesling 0.75"));
        Map<String, Object> cancelled = order(TODAY.minusDays(5), "9999", "EUR");
        cancelled.put("status", "cancelled");
        post("sam", id, cancelled).then().statusCode(201);
        post("sam", id, order(TODAY.minusMonths(13), "300", "EUR")).then().statusCode(201);

        Map<String, Object> figures = client("sam", id);
        assertThat(figures).as("the 13-month-old order and the cancelled one do not count")
                .containsEntry("revenue12m", 1500.0f).containsEntry("overdueReceivables", 500.0f)
                .containsEntry("firstOrderOn", TODAY.minusMonths(13).toString())
                .containsEntry("lastOrderOn", TODAY.minusDays(10).toString());
        long days = java.time.temporal.ChronoUnit.DAYS.between(TODAY.minusMonths(13), TODAY.minusDays(10));
        assertThat(figures.get("orderIntervalDays")).isEqualTo((int) Math.round(days / 2.0));
        List<Object> listed = Api.as("sam").queryParam("q", figures.get("name")).get("/api/v1/clients").then()
                .statusCode(200).extract().jsonPath().getList("items.revenue12m");
        assertThat(listed).containsExactly(1500.0f);

        // Newest first, a page at a time.
        Response first = Api.as("sam").queryParam("limit", 2).get("/api/v1/clients/" + id + "/orders");
        first.then().statusCode(200).body("items.date", equalTo(List.of(TODAY.minusDays(5).toString(),
                TODAY.minusDays(10).toString())));
        Api.as("sam").queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/clients/" + id + "/orders").then().statusCode(200)
                .body("items.date", equalTo(List.of(TODAY.minusDays(40).toString(), TODAY.minusMonths(13).toString())))
                .body("nextCursor", nullValue());

        // Paid: no longer overdue.
        String invoice = first.path("items[1].id");
        Api.as("sam").contentType("application/merge-patch+json").body(Map.of("status", "paid")).patch(
                "/api/v1/orders/" + invoice).then().statusCode(428);
        Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "paid")).patch("/api/v1/orders/" + invoice).then().statusCode(400)
                .body("errors.field", hasItem("paidDate"));
        Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "paid", "paidDate", TODAY.toString())).patch("/api/v1/orders/" + invoice)
                .then().statusCode(200).header("ETag", "\"1\"");
        Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("number", "F-18")).patch("/api/v1/orders/" + invoice).then().statusCode(412);
        assertThat(client("sam", id)).containsEntry("overdueReceivables", 0.0f).containsEntry("revenue12m", 1500.0f);
    }

    @Test
    void otherCurrenciesTakeTheRateOfTheOrdersDate() {
        String id = heldBy(SAM, null, "medium", "Orders");
        LocalDate monday = TODAY.minusDays(20);
        String currency = "CHF";
        post("sam", id, order(monday, "200", currency)).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/unprocessable"));
        Api.as("sam").body(Map.of("rate", 1.05)).put("/api/v1/exchange-rates/" + currency + "/" + monday)
                .then().statusCode(403);
        Api.as("ada").body(Map.of("rate", 1.05)).put("/api/v1/exchange-rates/" + currency + "/" + monday)
                .then().statusCode(200).body("rate", equalTo(1.05f));
        Api.as("ada").body(Map.of("rate", -1)).put("/api/v1/exchange-rates/" + currency + "/" + monday)
                .then().statusCode(400);
        Api.as("ada").body(Map.of("rate", 2)).put("/api/v1/exchange-rates/EUR/" + monday).then().statusCode(422);
        Api.as("ada").body(Map.of("rate", 2)).put("/api/v1/exchange-rates/XYZ/" + monday).then().statusCode(422);
        Api.as("ada").body(Map.of("rate", 2)).put("/api/v1/exchange-rates/CHF/yesterday").then().statusCode(400);

        // Two days later (a weekend) the Monday's rate still serves; eight days later it does not.
        post("sam", id, order(monday.plusDays(2), "200", currency)).then().statusCode(201)
                .body("amount", equalTo(200.0f)).body("companyAmount", equalTo(210.0f));
        post("sam", id, order(monday.plusDays(8), "200", currency)).then().statusCode(422);
        Api.as("sam").queryParam("currency", currency).queryParam("from", monday.toString())
                .get("/api/v1/exchange-rates").then().statusCode(200).body("companyCurrency", equalTo("EUR"))
                .body("items.date", hasItem(monday.toString()));

        // Bad input: nothing is made.
        post("sam", id, order(TODAY, "-1", "EUR")).then().statusCode(400).body("errors.field", hasItem("amount"));
        post("sam", id, order(TODAY, "1.005", "EUR")).then().statusCode(400);
        post("sam", id, order(TODAY, "10", "XYZ")).then().statusCode(422);
        post("sam", id, order(TODAY, "10", "eur")).then().statusCode(400).body("errors.field", hasItem("currency"));
        Api.as("sam").body("{\"date\": \"" + TODAY + "\", \"amount\": \"ten\", \"currency\": \"EUR\"}")
                .post("/api/v1/clients/" + id + "/orders").then().statusCode(400);
        Map<String, Object> late = order(TODAY, "10", "EUR");
        late.put("dueDate", TODAY.minusDays(1).toString());
        post("sam", id, late).then().statusCode(400).body("errors.field", hasItem("dueDate"));
        Api.as("sam").get("/api/v1/clients/" + id + "/orders").then().body("items.size()", equalTo(1));
        assertThat(client("sam", id)).containsEntry("revenue12m", 210.0f);
    }

    @Test
    void accountingPostsByItsOwnIdOnce() {
        String id = heldBy(SAM, null, "key", "Orders");
        String external = unique("INV").replace(' ', '-');
        Map<String, Object> body = order(TODAY, "750.5", "EUR");
        body.putAll(Map.of("clientId", id, "externalId", external, "number", "2026/0042"));
        String made = Api.as("integration").body(body).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        // Again, the same order written another way: the one it made, unchanged.
        Map<String, Object> again = new HashMap<>(body);
        again.put("amount", new java.math.BigDecimal("750.50"));
        again.put("status", "open");
        Api.as("integration").body(again).post("/api/v1/orders").then().statusCode(200).body("id", equalTo(made))
                .body("version", equalTo(0));
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("amount", 800);
        Api.as("integration").body(changed).post("/api/v1/orders").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("/api/v1/orders/" + made));
        // Under the client, or to another client: still that external id's order.
        String other = heldBy(SAM, null, "key", "Orders");
        Api.as("integration").body(body).post("/api/v1/clients/" + other + "/orders").then().statusCode(409);
        Api.as("integration").body(order(TODAY, "1", "EUR")).post("/api/v1/orders").then().statusCode(400)
                .body("errors.field", hasItem("clientId"));
        Api.as("sam").get("/api/v1/clients/" + id + "/orders").then().body("items.size()", equalTo(1));
        Api.as("integration").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("externalId", "something-else")).patch("/api/v1/orders/" + made).then().statusCode(409);
    }

    @Test
    void ordersFollowTheirClientsRowScopeAndMoneyTheFieldRules() {
        String north = heldBy(SAM, null, "medium", "Orders");
        String made = post("sam", north, order(TODAY, "100", "EUR")).then().statusCode(201).extract().path("id");
        // Not seen from the south: as if it did not exist.
        Api.as("sid").get("/api/v1/orders/" + made).then().statusCode(404);
        Api.as("sid").get("/api/v1/clients/" + north + "/orders").then().statusCode(404);
        post("sid", north, order(TODAY, "100", "EUR")).then().statusCode(404);

        // A lead generator sees a prospect's orders without their money, and enters none.
        Map<String, Object> prospect = TestClients.client(unique("Orders prospect"));
        prospect.put("lifecycle", "prospect");
        String lead = TestClients.create("hugo", prospect);
        post("hugo", lead, order(TODAY, "40", "EUR")).then().statusCode(201);
        Api.as("leo").get("/api/v1/clients/" + lead + "/orders").then().statusCode(200)
                .body("items[0].amount", nullValue()).body("items[0].companyAmount", nullValue())
                .body("items[0].redactedFields", equalTo(List.of("amount", "lines")));
        assertThat(client("leo", lead)).doesNotContainKey("revenue12m");
        post("leo", lead, order(TODAY, "40", "EUR")).then().statusCode(403);
        Api.as("ada").get("/api/v1/clients/" + lead + "/orders").then().statusCode(200)
                .body("items[0].amount", equalTo(40.0f));
        post("ada", lead, order(TODAY, "40", "EUR")).then().statusCode(403);
        Api.as("leo").get("/api/v1/clients/" + lead + "/orders").then().body("items.size()", equalTo(1));
        Api.as("sam").get("/api/v1/me").then().body("capabilities", not(hasItem("exchangeRates.manage")));
        Api.as("ada").get("/api/v1/me").then().body("capabilities", hasItem("exchangeRates.manage"));
    }

    /** Bad input is refused whole, and only writers of money change an order (its status moves money too). */
    @Test
    void ordersRefuseWhatTheyCannotKeep() {
        String id = heldBy(SAM, null, "medium", "Orders");
        post("sam", id, order(TODAY, "12345678901234", "EUR")).then().statusCode(400).body("errors.field", hasItem("amount"));
        Map<String, Object> far = order(TODAY, "10", "EUR");
        far.put("date", "+99999-01-01");
        post("sam", id, far).then().statusCode(400);
        String foreign = Api.as("sam").queryParam("limit", 1).get("/api/v1/clients").path("nextCursor");
        Api.as("sam").queryParam("cursor", foreign).get("/api/v1/clients/" + id + "/orders").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        // A hundred million pounds at a rate of a million: more than Relay keeps.
        LocalDate day = TODAY.minusDays(30);
        Api.as("ada").body(Map.of("rate", 1_000_000)).put("/api/v1/exchange-rates/GBP/" + day).then().statusCode(200);
        post("sam", id, order(day, "100000000", "GBP")).then().statusCode(422);

        String made = post("sam", id, order(day, "10", "GBP")).then().statusCode(201)
                .body("companyAmount", equalTo(10000000.0f)).extract().path("id");
        Api.as("ada").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "cancelled")).patch("/api/v1/orders/" + made).then().statusCode(403);
        // A later rate does not re-price an order whose amount, currency and date stay.
        Api.as("ada").body(Map.of("rate", 2)).put("/api/v1/exchange-rates/GBP/" + day).then().statusCode(200);
        Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "invoiced", "amount", 10)).patch("/api/v1/orders/" + made).then().statusCode(200)
                .body("companyAmount", equalTo(10000000.0f));
        Api.as("sam").header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("amount", 11)).patch("/api/v1/orders/" + made).then().statusCode(200)
                .body("companyAmount", equalTo(22.0f));
        assertThat(client("sam", id)).containsEntry("revenue12m", 22.0f);
    }

    /** Orders posted at once for one client: its figures count every one of them. */
    @Test
    void concurrentPostsAllCountInTheFigures() throws Exception {
        String id = heldBy(SAM, null, "medium", "Orders");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                posts.add(pool.submit(() -> post("sam", id, order(TODAY, "10", "EUR")).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> status : posts) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(client("sam", id)).containsEntry("revenue12m", 120.0f);
    }

    /** The calendar moves on: each night the figures counted before today are counted again. */
    @Test
    void theNightlyJobMovesTheFiguresOnWithTheCalendar() {
        String id = heldBy(SAM, null, "medium", "Orders");
        post("sam", id, order(TODAY.minusDays(3), "100", "EUR")).then().statusCode(201);
        assertThat(client("sam", id)).containsEntry("revenue12m", 100.0f);
        // As if a year had passed since: the order is now 13 months old, its figures counted yesterday.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update client_order set ordered_on = ordered_on - interval '13 months' "
                    + "where client_id = cast(:id as uuid)").setParameter("id", id).executeUpdate();
            em.createNativeQuery("update client_figures set computed_on = computed_on - 1 "
                    + "where client_id = cast(:id as uuid)").setParameter("id", id).executeUpdate();
        });
        assertThat(client("sam", id)).containsEntry("revenue12m", 100.0f);
        assertThat(job.run()).isPositive();
        assertThat(client("sam", id)).containsEntry("revenue12m", 0.0f)
                .containsEntry("lastOrderOn", TODAY.minusDays(3).minusMonths(13).toString());
        assertThat(job.run()).as("nothing left for today").isZero();
    }
}
