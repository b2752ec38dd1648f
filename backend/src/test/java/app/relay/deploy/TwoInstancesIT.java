package app.relay.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Tokens;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two real backend instances (the packaged jar, twice) on one database, as in production behind a load balancer:
 * the rotation job and the outbox run on both, every second. An approved rotation completes once, and each of its
 * letters reaches the SMTP server once (the row lock on the handover would already keep a second completion out; the
 * advisory lock keeps the second instance from even trying). Then one instance stops, and the other is killed
 * (SIGKILL) while the letters of a second rotation go out, some sent and some not, and both start again: no letter is
 * lost, and none is sent twice but, at most, the one the killed instance had handed to the SMTP server without
 * recording it (it carries the same Message-ID, so mail systems drop the repeat).
 * Runs after packaging (failsafe), on a database of its own, `relay_instances`, made afresh each time.
 */
class TwoInstancesIT {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";
    private static final String SERVER = System.getenv().getOrDefault("RELAY_INSTANCES_DB_SERVER",
            "jdbc:postgresql://localhost:5433/");
    private static final String DB = "relay_instances";
    private static final String DB_URL = SERVER + DB;
    private static final int SMTP_PORT = 3027;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Map<String, Process> instances = new HashMap<>();
    private GreenMail smtp;

    @AfterEach
    void stopEverything() {
        instances.values().forEach(Process::destroyForcibly);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRotationCompletesOnceAndItsLettersGoOutOnceAcrossTwoInstancesAndARestart() throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "relay", "relay");
             Statement st = server.createStatement()) {
            st.execute("drop database if exists " + DB + " with (force)");
            st.execute("create database " + DB);
        }
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        start("a", 18281, true);
        await("the demo people are in the directory", () -> count("select count(*) from app_user where id in ('"
                + SAM + "', '" + ALEX + "', 'a0000000-0000-4000-8000-000000000003')") == 3);
        // Every client of sam's and alex's gets a decision maker who may be written to, with an e-mail.
        sql("update contact t set consent = true, functions = array['decision_maker'], channels = jsonb_build_array("
                + "jsonb_build_object('kind', 'email', 'value', 'dm-' || left(t.id::text, 8) || '@clients.example', "
                + "'corporate', true)) from (select client_id, min(id::text)::uuid as first from contact group by client_id) f, "
                + "client c where t.id = f.first and c.id = t.client_id and c.owner_id in ('" + SAM + "', '" + ALEX + "') "
                + "and c.deleted_at is null");
        start("b", 18282, false);

        // Both instances find the rotation due; one completes it, once.
        String first = approvedRotation(18281);
        await("the first rotation completes by itself", () -> completed(first));
        assertThat(count("select count(*) from handover_event where handover_id = '" + first + "' and to_state = 'completed' "
                + "and from_state <> to_state and actor_id = 'system:rotation-due'")).isEqualTo(1);
        long letters = mails();
        assertThat(letters).as("letters written to the decision makers").isGreaterThan(20);
        await("every letter delivered", () -> count("select count(*) from outbox_message where kind = 'mail.letter' "
                + "and delivered_at is null") == 0 && smtp.getReceivedMessages().length >= letters);
        Thread.sleep(3_000); // both workers have woken up a few more times: nothing goes out again
        List<String> received = messageIds();
        assertThat(received).hasSize((int) letters).doesNotHaveDuplicates();

        // The clients go back, with instance a alone at work: it dies while their letters go out (some sent, some
        // not), then both instances run again.
        Process b = instances.remove("b");
        b.destroy();
        b.waitFor();
        String second = approvedRotation(18281);
        await("the second rotation completes by itself", () -> completed(second));
        long all = mails();
        await("the second rotation's letters start going out", () -> smtp.getReceivedMessages().length > letters + 10, 20);
        instances.remove("a").destroyForcibly().waitFor();
        int beforeRestart = smtp.getReceivedMessages().length;
        assertThat(beforeRestart).as("letters still to send when a died").isLessThan((int) all);
        start("a", 18281, false);
        start("b", 18282, false);
        await("every letter delivered after the restart", () -> count("select count(*) from outbox_message "
                + "where kind = 'mail.letter' and delivered_at is null") == 0);
        Thread.sleep(3_000);
        List<String> after = messageIds();
        assertThat(new HashSet<>(after)).as("no letter lost").hasSize((int) all);
        assertThat(after.size()).as("at most the letter in flight when a died is repeated").isBetween((int) all, (int) all + 1);
        assertThat(count("select count(*) from outbox_message where kind = 'mail.letter' and delivered_at is not null"))
                .as("every letter recorded as delivered").isEqualTo(all);
        System.out.printf("two instances: %d + %d letters (%d sent before the kill), %d repeated across it%n", letters,
                all - letters, beforeRestart - letters, after.size() - all);
    }

    /** A rotation of sam's and alex's clients between them, from today, approved by hugo through instance `port`. */
    private static String approvedRotation(int port) {
        String base = "http://localhost:" + port + "/api/v1/handovers";
        String id = given().auth().oauth2(Tokens.of("hugo")).contentType(ContentType.JSON)
                .body(Map.of("kind", "rotation", "managerIds", List.of(SAM, ALEX),
                        "startsOn", LocalDate.now(ZoneOffset.UTC).toString()))
                .post(base).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("hugo")).contentType(ContentType.JSON).body(Map.of("acceptSuggested", true))
                .post(base + "/" + id + "/successors").then().statusCode(200);
        for (String step : List.of("submit", "approve")) {
            given().auth().oauth2(Tokens.of("hugo")).post(base + "/" + id + "/" + step).then().statusCode(200);
        }
        return id;
    }

    private boolean completed(String handover) throws SQLException {
        return count("select count(*) from handover where id = '" + handover + "' and state = 'completed'") == 1;
    }

    private long mails() throws SQLException {
        return count("select count(*) from outbox_message where kind = 'mail.letter'");
    }

    private List<String> messageIds() throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    private void start(String name, int port, boolean demo) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/instance-" + name + ".log")));
        Map<String, String> env = builder.environment();
        // Nothing of this machine's own settings: the instances run on what the test gives them.
        env.keySet().removeIf(key -> key.startsWith("RELAY_") || key.startsWith("QUARKUS_"));
        env.put("QUARKUS_PROFILE", "dev");
        env.put("RELAY_TIME_ZONE", "UTC");
        env.put("RELAY_HTTP_PORT", String.valueOf(port));
        env.put("RELAY_MANAGEMENT_PORT", String.valueOf(port + 1000));
        env.put("RELAY_DB_URL", DB_URL);
        env.put("RELAY_OIDC_URL", Tokens.KEYCLOAK + "/realms/relay");
        env.put("RELAY_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("RELAY_DEMO_DATA", String.valueOf(demo));
        env.put("RELAY_OUTBOX_EVERY", "1s");
        env.put("RELAY_OUTBOX_LEASE", "10s");
        env.put("RELAY_ROTATION_DUE_EVERY", "1s");
        env.put("RELAY_JOBS_ROTATION_DUE_DELAYED", "1s");
        Process process = builder.start();
        instances.put(name, process);
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + (port + 1000) + "/q/health/ready");
        await("instance " + name + " ready (target/instance-" + name + ".log)", () -> {
            assertThat(process.isAlive()).as("instance " + name + " runs (see target/instance-" + name + ".log)").isTrue();
            try {
                return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private long count(String query) throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB_URL, "relay", "relay");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        await(what, check, 200);
    }

    /** Checks every `pollMillis` until it holds (a kill meant to land mid-delivery looks often). */
    private static void await(String what, Check check, long pollMillis) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (!check.holds()) {
            assertThat(Instant.now()).as("waited " + PATIENCE.toSeconds() + " s for: " + what).isBefore(until);
            Thread.sleep(pollMillis);
        }
    }
}
