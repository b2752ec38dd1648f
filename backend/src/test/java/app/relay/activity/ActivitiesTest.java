package app.relay.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.relay.common.CompanyCalendar;
import app.relay.handover.FirstContactJob;
import app.relay.identity.DirectorySync;
import app.relay.identity.SystemRounds;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.TestClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Activities on a client's timeline, and the successor's first contact after a handover: due by the client's
 * segment in working days, met by their first activity, overdue for those who run the handover, marked missed by
 * a job that runs once however many instances try.
 */
@QuarkusTest
class ActivitiesTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final List<String> CREATED = new ArrayList<>();

    @Inject
    DirectorySync sync;
    @Inject
    FirstContactJob job;
    @Inject
    EntityManager em;
    @Inject
    CompanyCalendar calendar;

    @AfterAll
    static void removeThrowawayUsers() {
        CREATED.forEach(KeycloakUsers::delete);
    }

    private static String segmentId(String key) {
        return Api.as("ada").get("/api/v1/segments").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.key == '" + key + "' }.id");
    }

    private static io.restassured.response.Response patchSegment(String id, Map<String, Object> body) {
        String etag = Api.as("ada").get("/api/v1/segments/" + id).then().statusCode(200).extract().header("ETag");
        return Api.as("ada").header("If-Match", etag).contentType("application/merge-patch+json").body(body)
                .patch("/api/v1/segments/" + id);
    }

    private static String activities(String clientId) {
        return "/api/v1/clients/" + clientId + "/activities";
    }

    @Test
    void aCallIsLoggedWithItsContactsAndBadOnesChangeNothing() {
        String client = TestClients.heldBy(SAM, null, "medium", "Activities");
        String ana = Api.as("sam").body(Map.of("fullName", "Ana Pop")).post("/api/v1/clients/" + client + "/contacts")
                .then().statusCode(201).extract().path("id");
        String other = TestClients.heldBy(SAM, null, "medium", "Activities other");
        String stranger = Api.as("sam").body(Map.of("fullName", "Ion Rusu")).post("/api/v1/clients/" + other + "/contacts")
                .then().statusCode(201).extract().path("id");

        Api.as("sam").body(Map.of("kind", "meeting", "happenedAt", "2026-11-02T09:00:00Z", "contactIds", List.of(ana),
                "outcome", "Wants a quote for spring", "nextStep", "Send the quote")).post(activities(client)).then()
                .statusCode(201).body("kind", equalTo("meeting")).body("contacts[0].fullName", equalTo("Ana Pop"))
                .body("byName", equalTo("Sam Rusu")).body("firstContact", equalTo(false));
        Api.as("sam").body(Map.of("kind", "call")).post(activities(client)).then().statusCode(201);
        // Newest first.
        Api.as("hugo").get(activities(client)).then().statusCode(200).body("items.kind", equalTo(List.of("call", "meeting")))
                .body("items[1].outcome", equalTo("Wants a quote for spring"));

        Api.as("sam").body(Map.of("outcome", "no kind")).post(activities(client)).then().statusCode(400);
        Api.as("sam").body(Map.of("kind", "chat")).post(activities(client)).then().statusCode(400);
        Api.as("sam").body(Map.of("kind", "call", "happenedAt", "2099-01-01T00:00:00Z")).post(activities(client)).then()
                .statusCode(400).body("errors[0].field", equalTo("happenedAt"));
        Api.as("sam").body(Map.of("kind", "call", "contactIds", List.of(stranger))).post(activities(client)).then()
                .statusCode(400).body("errors[0].field", equalTo("contactIds"));
        Api.as("sid").body(Map.of("kind", "call")).post(activities(client)).then().statusCode(404);
        Api.as("sid").get(activities(client)).then().statusCode(404);
        Api.as("sam").get(activities(client)).then().body("items", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void workingDaysSkipTheWeekendAndTheCompanysHolidays() {
        EnumSet<DayOfWeek> week = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        CompanyCalendar plain = new CompanyCalendar(week, List.of());
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(plain.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(plain.addWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(plain.addWorkingDays(friday, 10)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(plain.addWorkingDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        // Christmas every year, and the 1st of December 2026 once: both skipped, like a weekend.
        CompanyCalendar holidays = new CompanyCalendar(week, List.of("12-25", " 2026-12-01"));
        assertThat(holidays.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(holidays.isWorkingDay(LocalDate.of(2027, 12, 24))).isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2031, 12, 25))).as("a Thursday, Christmas").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2027, 12, 1))).as("that one was 2026's only").isTrue();
        assertThat(holidays.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> new CompanyCalendar(week, List.of("25.12"))).hasMessageContaining("RELAY_HOLIDAYS");
        assertThatThrownBy(() -> new CompanyCalendar(week, List.of("2026-02-30"))).hasMessageContaining("'2026-02-30'");
    }

    @Test
    void theSuccessorsFirstCallMeetsTheDeadlineAndAMissedOneIsChased() throws Exception {
        String leaver = KeycloakUsers.salesManagerInNorth("first-contact");
        CREATED.add(leaver);
        sync.syncNow();
        Map<String, String> bySegment = new HashMap<>();
        for (String segment : List.of("vip", "key", "medium")) {
            bySegment.put(segment, TestClients.heldBy(leaver, null, segment, "First contact " + segment));
        }
        String handover = Api.as("hugo").body(Map.of("kind", "departure", "userId", leaver, "reason", "resignation",
                        "lastWorkingDay", LocalDate.now().plusDays(14).toString()))
                .post("/api/v1/handovers").then().statusCode(201).extract().path("id");
        List<String> items = Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then().extract().jsonPath()
                .getList("items.id");
        Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", items)).post("/api/v1/handovers/" + handover + "/successors")
                .then().statusCode(200);
        // The days are the segment's: VIP 2 and key 5 as shipped; medium says none (the company's default, 10) until
        // an admin gives it 3. Out of range: refused, nothing changed.
        String medium = segmentId("medium");
        patchSegment(medium, Map.of("firstContactDays", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("firstContactDays"));
        patchSegment(medium, Map.of("firstContactDays", 61)).then().statusCode(400);
        Api.as("ada").get("/api/v1/segments/" + medium).then().body("firstContactDays", nullValue());
        Api.as("ada").get("/api/v1/segments/" + segmentId("vip")).then().body("firstContactDays", equalTo(2));
        patchSegment(medium, Map.of("firstContactDays", 3)).then().statusCode(200).body("firstContactDays", equalTo(3));
        try {
            for (String step : List.of("submit", "approve", "complete")) {
                Api.as("hugo").post("/api/v1/handovers/" + handover + "/" + step).then().statusCode(200);
            }
        } finally {
            Map<String, Object> none = new HashMap<>();
            none.put("firstContactDays", null);
            patchSegment(medium, none).then().statusCode(200);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Integer> days = Map.of("vip", 2, "key", 5, "medium", 3);
        days.forEach((segment, count) -> assertThat(due(bySegment.get(segment)))
                .as(segment).isEqualTo(calendar.addWorkingDays(today, count)));
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("reached", equalTo(0)).body("overdue", equalTo(0));

        // A call dated before the handover reached no one for it; nor does one before 1900 make sense.
        Api.as("sam").body(Map.of("kind", "call", "happenedAt", java.time.Instant.now().minusSeconds(86_400).toString()))
                .post(activities(bySegment.get("vip"))).then().statusCode(201).body("firstContact", equalTo(false));
        Api.as("sam").body(Map.of("kind", "call", "happenedAt", "1800-01-01T00:00:00Z"))
                .post(activities(bySegment.get("vip"))).then().statusCode(400);
        Api.as("sam").body(Map.of("kind", "call", "happenedAt", "1700000000"))
                .post(activities(bySegment.get("vip"))).then().statusCode(400);
        // Someone else's call does not reach the client for sam; his own does.
        Api.as("hugo").body(Map.of("kind", "call")).post(activities(bySegment.get("vip"))).then().statusCode(201)
                .body("firstContact", equalTo(false));
        Api.as("sam").body(Map.of("kind", "call", "outcome", "Introduced myself")).post(activities(bySegment.get("vip")))
                .then().statusCode(201).body("firstContact", equalTo(true));
        Api.as("sam").body(Map.of("kind", "email")).post(activities(bySegment.get("vip"))).then().statusCode(201)
                .body("firstContact", equalTo(false));
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("reached", equalTo(1)).body("overdue", equalTo(0));

        // The key client's day passes: overdue for hugo (who runs the handover), nothing for sam to chase here.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update handover_item set first_contact_due = "
                + "current_date - 1 where client_id = cast(:client as uuid)").setParameter("client", bySegment.get("key"))
                .executeUpdate());
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("overdue", equalTo(1));
        Api.as("hugo").get("/api/v1/handovers/overdue-first-contacts").then().statusCode(200)
                .body("items.findAll { it.handoverId == '" + handover + "' }.clientId", equalTo(List.of(bySegment.get("key"))))
                .body("items.find { it.handoverId == '" + handover + "' }.successorName", equalTo("Sam Rusu"));
        Api.as("sam").get("/api/v1/handovers/overdue-first-contacts").then().statusCode(200)
                .body("total", equalTo(0));

        // Two instances at once: one marks it missed, the other finds the round taken.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                    .setParameter("key", SystemRounds.lockKey(FirstContactJob.NAME)).getSingleResult();
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(job.run()).isEqualTo(-1);
        assertThat(missed(bySegment.get("key"))).isFalse();
        release.countDown();
        other.get(30, TimeUnit.SECONDS);
        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        assertThat(missed(bySegment.get("key"))).isTrue();
        assertThat(missed(bySegment.get("vip"))).isFalse();
        assertThat(job.run()).isZero();
        // A late call still reaches the client.
        Api.as("sam").body(Map.of("kind", "visit")).post(activities(bySegment.get("key"))).then().statusCode(201)
                .body("firstContact", equalTo(true));
        Api.as("hugo").get("/api/v1/handovers/" + handover).then().body("reached", equalTo(2)).body("overdue", equalTo(0));
    }

    private LocalDate due(String clientId) {
        Object due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select first_contact_due "
                + "from handover_item where client_id = cast(:client as uuid)").setParameter("client", clientId)
                .getSingleResult());
        return due instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) due;
    }

    private boolean missed(String clientId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select first_contact_missed_at "
                + "from handover_item where client_id = cast(:client as uuid)").setParameter("client", clientId)
                .getSingleResult() != null);
    }
}
