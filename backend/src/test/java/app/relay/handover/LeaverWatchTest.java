package app.relay.handover;

import static app.relay.support.TestClients.heldBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The exfiltration watch: a person serving notice who reads far beyond their own usual day is flagged once to
 * whoever runs their handover, with the day's largest reads as evidence for those who may read the audit log; a
 * usual day is not flagged.
 */
@QuarkusTest
class LeaverWatchTest {
    @Inject
    DirectorySync sync;
    @Inject
    EntityManager em;
    @Inject
    LeaverWatchJob job;
    @ConfigProperty(name = "relay.time-zone")
    ZoneId zone;

    @Test
    void aDayFarBeyondTheUsualIsFlaggedOnceWithItsEvidence() throws IOException {
        String leaver = KeycloakUsers.salesManagerInNorth("reading");
        String quiet = KeycloakUsers.salesManagerInNorth("quiet");
        try {
            sync.syncNow();
            heldBy(leaver, null, "medium", "Watched");
            heldBy(quiet, null, "medium", "Unwatched");
            String handover = departure(leaver);
            String calm = departure(quiet);
            // Twenty records on each of the twenty days before; today one list of 400 beside a read.
            for (int day = 1; day <= 20; day++) {
                audit(leaver, "list", 20, day);
                audit(quiet, "list", 20, day);
            }
            audit(leaver, "list", 400, 0);
            audit(leaver, "read", 1, 0);
            audit(quiet, "list", 90, 0); // above the usual, under the floor of 100: no alarm

            // Other tests' leavers may be flagged too: these two are counted by their own rows.
            assertThat(job.run()).isPositive();
            assertThat(job.run()).isZero();
            assertThat(flags(handover)).isEqualTo(1);
            assertThat(flags(calm)).isZero();
            // Told once, naming the person and the day's records (read from the table: the suite's other leavers may
            // fill hugo's latest fifty).
            List<Object[]> told = notices(handover);
            assertThat(told).hasSize(1);
            assertThat(told.get(0)).containsExactly(leaver, 401);
            String today = LocalDate.now(zone).toString();
            Api.as("hugo").get("/api/v1/handovers/" + handover + "/watch").then().statusCode(200)
                    .body("usualPerDay", equalTo(20)).body("threshold", equalTo(100))
                    .body("days[0].day", equalTo(today)).body("days[0].records", equalTo(401))
                    .body("days[0].flagged", equalTo(true)).body("evidence[0].records", equalTo(400))
                    .body("evidence[0].action", equalTo("list"));
            // An admin runs the handover but does not read the audit log: the counts, not the evidence.
            Api.as("ada").get("/api/v1/handovers/" + handover + "/watch").then().statusCode(200)
                    .body("days[0].flagged", equalTo(true)).body("evidence", empty());
            Api.as("hugo").get("/api/v1/handovers/" + calm + "/watch").then().statusCode(200)
                    .body("days[0].records", equalTo(90)).body("days[0].flagged", equalTo(false));
            Api.as("sam").get("/api/v1/handovers/" + handover + "/watch").then().statusCode(404);
        } finally {
            KeycloakUsers.delete(leaver);
            KeycloakUsers.delete(quiet);
        }
    }

    @Test
    void onlyADepartureIsWatched() throws IOException {
        String away = KeycloakUsers.salesManagerInNorth("away-watch");
        try {
            sync.syncNow();
            heldBy(away, null, "medium", "AwayWatch");
            LocalDate today = LocalDate.now(zone);
            String cover = Api.as("hugo").body(Map.of("kind", "temporary", "userId", away, "substituteId",
                    "a0000000-0000-4000-8000-000000000004", "startsOn", today.toString(), "endsOn",
                    today.plusDays(2).toString())).post("/api/v1/handovers").then().statusCode(201).extract().path("id");
            Api.as("hugo").get("/api/v1/handovers/" + cover + "/watch").then().statusCode(409);
        } finally {
            KeycloakUsers.delete(away);
        }
    }

    private static String departure(String person) {
        return Api.as("hugo").body(Map.of("kind", "departure", "userId", person, "reason", "resignation",
                "lastWorkingDay", LocalDate.now().plusDays(14).toString())).post("/api/v1/handovers").then()
                .statusCode(201).extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> notices(String handover) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select person_id, count from notice "
                + "where user_id = 'a0000000-0000-4000-8000-000000000003' and kind = 'leaver_volume' "
                + "and handover_id = cast(:id as uuid)").setParameter("id", handover).getResultList());
    }

    private long flags(String handover) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "leaver_watch_flag where handover_id = cast(:id as uuid)").setParameter("id", handover)
                .getSingleResult()).longValue());
    }

    private void audit(String actor, String action, int records, int daysAgo) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into audit_event (at, actor_id, action, "
                        + "entity_type, record_count, detail) values (now() - make_interval(days => :ago), :actor, :action, "
                        + "'client', :records, 'watch test')")
                .setParameter("ago", daysAgo).setParameter("actor", actor).setParameter("action", action)
                .setParameter("records", records).executeUpdate());
    }
}
