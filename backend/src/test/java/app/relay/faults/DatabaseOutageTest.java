package app.relay.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The database stops for a few seconds while people keep writing: they get 503 problems with
 * Retry-After (never a 500), readiness turns DOWN meanwhile, and every write that was acknowledged
 * is stored once the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {
    private static final int WRITERS = 4;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void anOutageAnswers503AndLosesNoAcknowledgedWrite() throws Exception {
        Api.as("sam").get("/api/v1/me").then().statusCode(200);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.submit(() -> {
                while (running.get()) {
                    write(acknowledged, statuses, wrong);
                }
            });
        }
        Thread.sleep(2_000);
        ThrowawayPostgres.stopServer();
        Thread.sleep(1_500);
        int readinessDuringOutage = readiness();
        Thread.sleep(2_500);
        ThrowawayPostgres.startServer();
        Thread.sleep(3_000);
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(wrong).as("answers other than 201 or a 503 problem with Retry-After").isEmpty();
        assertThat(readinessDuringOutage).isEqualTo(503);
        assertThat(readiness()).isEqualTo(200);
        assertThat(statuses).contains(503);
        assertThat(statuses.subList(statuses.size() - WRITERS, statuses.size())).as("writes after the restart")
                .containsOnly(201);
        List<String> stored = stored(acknowledged);
        assertThat(stored).as("acknowledged writes that are not in the database")
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        System.out.printf("DatabaseOutageTest: %d writes acknowledged and stored, %d answered 503%n",
                acknowledged.size(), statuses.stream().filter(s -> s == 503).count());
    }

    private static void write(List<String> acknowledged, List<Integer> statuses, List<String> wrong) {
        Response response = Api.as("sam").body(TestClients.client(TestClients.unique("Outage")))
                .post("/api/v1/clients");
        int status = response.statusCode();
        statuses.add(status);
        if (status == 201) {
            acknowledged.add(response.path("id"));
        } else if (status != 503 || response.header("Retry-After") == null
                || !response.contentType().startsWith("application/problem+json")) {
            wrong.add(status + " " + response.asString());
        }
    }

    private int readiness() {
        return given().port(managementPort).get("/q/health/ready").statusCode();
    }

    @SuppressWarnings("unchecked")
    private List<String> stored(List<String> ids) {
        return ((List<UUID>) em.createNativeQuery("select id from client where id = any(cast(:ids as uuid[]))")
                .setParameter("ids", "{" + String.join(",", ids) + "}").getResultList())
                .stream().map(UUID::toString).toList();
    }

    /** The application runs on a PostgreSQL cluster of this test's own. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ThrowawayPostgres.class));
        }
    }
}
