package app.relay.letter;

import static app.relay.support.HandoverItemsRead.byClient;
import static app.relay.support.HandoverItemsRead.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.relay.identity.DirectorySync;
import app.relay.identity.Roles;
import app.relay.outbox.Outbox;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.RefusingSmtp;
import app.relay.support.TestClients;
import app.relay.support.Tokens;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Letters telling clients of their new manager: previewed and held before completion, written and queued with it,
 * each in its contact person's language, received by a real SMTP server, never skipped silently, and tried again
 * until the server takes them — once.
 */
@QuarkusTest
class HandoverLettersTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final List<String> CREATED = new ArrayList<>();
    /** The tests' SMTP server, where `%test.quarkus.mailer.port` sends. */
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(3026, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    DirectorySync sync;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
        CREATED.forEach(KeycloakUsers::delete);
    }

    private String leaver() {
        return leaverAndName()[0];
    }

    /** A sales manager of north who has signed in once: id and username. */
    private String[] leaverAndName() {
        String[] user = KeycloakUsers.createInNorth("letters");
        CREATED.add(user[0]);
        KeycloakUsers.grantRealmRole(user[0], Roles.SALES_MANAGER);
        try {
            sync.syncNow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return user;
    }

    /** A client in `country` held by `owner`, with these contact persons (name → email or null, consent). */
    private static String client(String owner, String country, Map<String, Object>... contacts) {
        Map<String, Object> body = new HashMap<>(TestClients.client(TestClients.unique("Letters " + country)));
        body.put("country", country);
        body.put("segment", "medium");
        String id = TestClients.create("hugo", body);
        Api.as("hugo").header("If-Match", TestClients.ifMatch(id)).contentType("application/merge-patch+json")
                .body(Map.of("ownerId", owner)).patch("/api/v1/clients/" + id).then().statusCode(200);
        for (Map<String, Object> contact : contacts) {
            Api.as("hugo").body(contact).post("/api/v1/clients/" + id + "/contacts").then().statusCode(201);
        }
        return id;
    }

    private static Map<String, Object> contact(String name, String email, boolean consent) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("fullName", name);
        contact.put("functions", List.of("decision_maker"));
        contact.put("consent", consent);
        contact.put("channels", email == null ? List.of(Map.of("kind", "phone", "value", "+40 721 000 111", "corporate", true))
                : List.of(Map.of("kind", "email", "value", email, "corporate", true)));
        return contact;
    }

    /** Starts, splits to sam, submits and approves a departure; returns the handover's id. */
    private static String approvedDeparture(String leaver) {
        String handover = Api.as("hugo").body(Map.of("kind", "departure", "userId", leaver, "reason", "resignation",
                        "lastWorkingDay", LocalDate.now().plusDays(14).toString()))
                .post("/api/v1/handovers").then().statusCode(201).extract().path("id");
        List<String> items = Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        Api.as("hugo").body(Map.of("successorId", SAM, "itemIds", items))
                .post("/api/v1/handovers/" + handover + "/successors").then().statusCode(200);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/submit").then().statusCode(200);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/approve").then().statusCode(200);
        return handover;
    }



    private static List<MimeMessage> received(String letterId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                String[] ids = message.getHeader("X-Relay-Letter");
                return ids != null && ids[0].equals(letterId);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachContactIsToldInTheirLanguageAndNoOneIsSkippedSilently() throws MessagingException {
        Api.as("ada").body(Map.of("corporatePhone", "+40 21 300 1004", "corporateEmail", "sam.rusu@relay.example"))
                .put("/api/v1/users/" + SAM + "/profile").then().statusCode(200)
                .body("corporatePhone", equalTo("+40 21 300 1004"));
        String[] person = leaverAndName();
        String leaver = person[0];
        String ro = client(leaver, "RO", contact("Ana Pop", "ana@ro.example", true));
        String ru = client(leaver, "RU", contact("Ivan Petrov", "ivan@ru.example", true));
        String es = client(leaver, "ES", contact("Lucía García", "lucia@es.example", true));
        String de = client(leaver, "DE", contact("Jonas Weber", "jonas@de.example", true),
                contact("Mia Klein", "mia@de.example", false));
        String phoneOnly = client(leaver, "RO", contact("Dan Ionescu", null, true));
        String nobody = client(leaver, "RO");
        String held = client(leaver, "MD", contact("Elena Rusu", "elena@md.example", true));
        // Where the leaver is only a partner, the owner stays: no news to tell the client.
        String partnered = client(SAM, "RO", contact("Mihai Stan", "mihai@ro.example", true));
        Api.as("hugo").body(Map.of("userId", leaver, "kind", "partner", "duties", "logistics"))
                .post("/api/v1/clients/" + partnered + "/parties").then().statusCode(201);
        // A contact person speaks their client's country's language unless told otherwise.
        Api.as("hugo").get("/api/v1/clients/" + ru + "/contacts").then().body("items[0].language", equalTo("ru"));
        Api.as("hugo").get("/api/v1/clients/" + de + "/contacts").then().body("items.language", equalTo(List.of("en", "en")));

        String handover = approvedDeparture(leaver);
        Map<String, Map<String, Object>> items = byClient("hugo", handover);
        assertThat(letters(items.get(partnered))).isEmpty();
        // The supervisor reads each letter before completion; the successor is not told of it yet.
        Map<String, Object> preview = letters(items.get(ro)).get(0);
        assertThat(preview.get("state")).isEqualTo("preview");
        assertThat(preview.get("id")).isNull();
        assertThat((String) preview.get("subject")).contains("Sam Rusu");
        assertThat((String) preview.get("body")).startsWith("Stimate/Stimată Ana Pop").contains("+40 21 300 1004")
                .contains("sam.rusu@relay.example");
        // A letter is held back with a reason, by a supervisor only; a hold needs its reason.
        String heldItem = "/api/v1/handovers/" + handover + "/items/" + items.get(held).get("id") + "/letter-hold";
        Api.as("sam").body(Map.of("reason", "x")).put(heldItem).then().statusCode(403);
        // The person leaving reads their items, not the letters their supervisor is preparing.
        io.restassured.path.json.JsonPath leaverSees = Api.anonymous().auth().oauth2(Tokens.fetch(person[1]))
                .get("/api/v1/handovers/" + handover + "/items").then().statusCode(200).extract().jsonPath();
        assertThat(leaverSees.getList("items.letters", List.class)).hasSize(8)
                .allSatisfy(shown -> assertThat(shown).isEmpty());
        Api.as("hugo").body(Map.of("reason", " ")).put(heldItem).then().statusCode(400);
        Api.as("hugo").body(Map.of("reason", "Told in person at the fair")).put(heldItem).then().statusCode(200)
                .body("letterHoldReason", equalTo("Told in person at the fair")).body("letters[0].state", equalTo("held"));
        // Why a letter is held is the supervisors' business, not the leaver's.
        assertThat(Api.anonymous().auth().oauth2(Tokens.fetch(person[1])).get("/api/v1/handovers/" + handover + "/items")
                .then().statusCode(200).extract().jsonPath().getList("items.letterHoldReason")).hasSize(8).containsOnlyNulls();

        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);
        Api.as("hugo").delete(heldItem).then().statusCode(409);
        items = byClient("hugo", handover);
        assertThat(letters(items.get(ro)).get(0).get("state")).isEqualTo("queued");
        outbox.deliverDue(1_000);

        items = byClient("hugo", handover);
        Map<String, String> greetings = Map.of(ro, "Stimate/Stimată Ana Pop", ru, "Уважаемый(ая) Ivan Petrov",
                es, "Estimado/a Lucía García:", de, "Dear Jonas Weber,");
        Map<String, String> languages = Map.of(ro, "ro", ru, "ru", es, "es", de, "en");
        for (String client : greetings.keySet()) {
            Map<String, Object> letter = letters(items.get(client)).stream()
                    .filter(l -> "sent".equals(l.get("state"))).findFirst().orElseThrow();
            List<MimeMessage> mail = received((String) letter.get("id"));
            assertThat(mail).hasSize(1);
            MimeMessage message = mail.get(0);
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(letter.get("email"));
            assertThat(message.getSubject()).isEqualTo(letter.get("subject")).contains("Sam Rusu");
            assertThat(message.getHeader("Content-Language")[0]).isEqualTo(languages.get(client));
            assertThat(text(message)).startsWith(greetings.get(client)).contains("Sam Rusu").contains("+40 21 300 1004");
            assertThat(message.getReplyTo()[0].toString()).isEqualTo("sam.rusu@relay.example");
        }
        // Those who could not be written to are shown with why, and nothing reached the server for them.
        Map<String, Object> noConsent = letters(items.get(de)).stream()
                .filter(l -> "Mia Klein".equals(l.get("recipientName"))).findFirst().orElseThrow();
        assertThat(noConsent.get("state")).isEqualTo("no_consent");
        assertThat(received((String) noConsent.get("id"))).isEmpty();
        assertThat(letters(items.get(phoneOnly)).get(0)).containsEntry("state", "no_channel")
                .containsEntry("reason", "No e-mail address");
        assertThat(letters(items.get(nobody)).get(0)).containsEntry("state", "no_channel")
                .containsEntry("reason", "The client has no contact person");
        Map<String, Object> heldLetter = letters(items.get(held)).get(0);
        assertThat(heldLetter).containsEntry("state", "held").containsEntry("reason", "Told in person at the fair");
        assertThat(received((String) heldLetter.get("id"))).isEmpty();
        assertThat(letters(items.get(partnered))).isEmpty();
        // The successor finds the letters on the client's page.
        Api.as("sam").get("/api/v1/clients/" + ro + "/handovers").then().statusCode(200)
                .body("items[0].letters[0].state", equalTo("sent"))
                .body("items[0].letters[0].email", equalTo("ana@ro.example"));
    }

    @Test
    void aPartnerIsIntroducedToTheClientsOnlyWhenTheSupervisorWantsIt() throws MessagingException {
        String holder = leaver();
        String told = client(holder, "ES", contact("Lucía Gómez", "lucia@example.es", true));
        String quiet = client(holder, "ES", contact("Pablo Ruiz", "pablo@example.es", true));
        Map<String, Object> partner = new HashMap<>(Map.of("kind", "partner", "userId", holder, "partnerId", SAM,
                "duties", "exportaciones a Francia", "clientIds", List.of(told), "tellClients", true));
        String handover = Api.as("hugo").body(partner).post("/api/v1/handovers").then().statusCode(201)
                .body("partnership.tellClients", equalTo(true)).extract().path("id");
        partner.put("clientIds", List.of(quiet));
        partner.remove("tellClients");
        String silent = Api.as("hugo").body(partner).post("/api/v1/handovers").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> letters = letters(byClient("hugo", handover).get(told));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.get("state")).isEqualTo("queued");
            assertThat(letter.get("language")).isEqualTo("es");
            assertThat((String) letter.get("subject")).startsWith("Sam Rusu también trabaja con ustedes");
        });
        assertThat(letters(byClient("hugo", silent).get(quiet))).isEmpty();
        outbox.deliverDue(1_000);
        List<MimeMessage> sent = received((String) letters.get(0).get("id"));
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("lucia@example.es");
            assertThat(GreenMailUtil.getBody(message)).contains("exportaciones a Francia");
        });
        // A partnership ended before its letters left stops them: they would introduce someone no longer there.
        String ended = Api.as("hugo").body(Map.of("kind", "partner", "userId", holder, "partnerId",
                        "a0000000-0000-4000-8000-000000000006", "duties", "logística", "clientIds", List.of(quiet),
                        "tellClients", true)).post("/api/v1/handovers").then().statusCode(201).extract().path("id");
        Api.as("hugo").post("/api/v1/handovers/" + ended + "/cancel").then().statusCode(200);
        List<Map<String, Object>> stopped = letters(byClient("hugo", ended).get(quiet));
        assertThat(stopped).singleElement().satisfies(letter -> assertThat(letter.get("state")).isEqualTo("stopped"));
        outbox.deliverDue(1_000);
        assertThat(received((String) stopped.get(0).get("id"))).isEmpty();
        // A temporary cover writes to no one: telling the clients belongs to a partnership.
        Api.as("hugo").body(Map.of("kind", "temporary", "userId", holder, "substituteId", SAM, "startsOn",
                LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(2).toString(), "tellClients", true))
                .post("/api/v1/handovers").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("tellClients"));
    }

    @Test
    void aCorrectionStopsTheLetterThatHasNotGoneYet() {
        String leaver = leaver();
        String client = client(leaver, "RO", contact("Radu Ene", "radu@ro.example", true));
        String handover = approvedDeparture(leaver);
        SMTP.stop();
        try {
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);
            outbox.deliverDue(1_000);
            String item = (String) byClient("hugo", handover).get(client).get("id");
            Api.as("hugo").body(Map.of("successorId", "a0000000-0000-4000-8000-000000000005", "reason", "Sara knows them"))
                    .post("/api/v1/handovers/" + handover + "/items/" + item + "/correction").then().statusCode(200);
        } finally {
            SMTP.start();
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_message set next_attempt_at = now() "
                + "where kind = 'mail.letter' and delivered_at is null").executeUpdate());
        outbox.deliverDue(1_000);
        List<Map<String, Object>> written = letters(byClient("hugo", handover).get(client));
        // Newest first: the letter naming sara went; the one naming sam never will.
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).containsEntry("state", "sent");
        assertThat((String) written.get(0).get("subject")).contains("Sara Moldovan");
        assertThat(received((String) written.get(0).get("id"))).hasSize(1);
        assertThat(written.get(1)).containsEntry("state", "superseded");
        assertThat((String) written.get(1).get("subject")).contains("Sam Rusu");
        assertThat(received((String) written.get(1).get("id"))).isEmpty();
    }

    @Test
    void aRecipientTheServerRefusesFailsItsLetterAloneForGood() throws Exception {
        String leaver = leaver();
        String client = client(leaver, "ES", contact("Nadie Aquí", "nadie@es.example", true),
                contact("Lucía Gómez", "lucia@es.example", true));
        String handover = approvedDeparture(leaver);
        SMTP.stop();
        try (RefusingSmtp refusing = new RefusingSmtp(3026, "nadie@es.example")) {
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);
            outbox.deliverDue(1_000);
            outbox.deliverDue(1_000);
            Map<String, Map<String, Object>> byEmail = new HashMap<>();
            letters(byClient("hugo", handover).get(client)).forEach(letter -> byEmail.put((String) letter.get("email"), letter));
            // The refused one failed with the server's answer, never to be tried again; the other went.
            assertThat(byEmail.get("nadie@es.example")).containsEntry("state", "failed").containsEntry("attempts", 1);
            assertThat(byEmail.get("nadie@es.example").get("nextAttemptAt")).isNull();
            assertThat((String) byEmail.get("nadie@es.example").get("reason")).contains("550");
            assertThat(byEmail.get("lucia@es.example")).containsEntry("state", "sent");
            assertThat(refusing.accepted()).containsExactly("lucia@es.example");
        } finally {
            SMTP.start();
        }
    }

    @Test
    void aClientGivenElsewhereBeforeCompletionIsWrittenNothing() {
        String leaver = leaver();
        String moved = client(leaver, "RO", contact("Ana Pop", "ana@ro.example", true));
        String elsewhere = client(leaver, "RO", contact("Ion Rusu", "ion@ro.example", true));
        String handover = approvedDeparture(leaver);
        // After approval a supervisor gives one client to someone else: the completion leaves it there.
        Api.as("hugo").header("If-Match", TestClients.ifMatch(elsewhere)).contentType("application/merge-patch+json")
                .body(Map.of("ownerId", "a0000000-0000-4000-8000-000000000006")).patch("/api/v1/clients/" + elsewhere)
                .then().statusCode(200);
        Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);
        Map<String, Map<String, Object>> items = byClient("hugo", handover);
        assertThat(letters(items.get(moved))).extracting(letter -> letter.get("state")).containsExactly("queued");
        // No letter names a new manager the client does not have, and nobody owes it a first contact.
        assertThat(letters(items.get(elsewhere))).isEmpty();
        assertThat(firstContactDue(handover, moved)).isNotNull();
        assertThat(firstContactDue(handover, elsewhere)).isNull();
    }

    private Object firstContactDue(String handover, String client) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select first_contact_due from "
                        + "handover_item where handover_id = cast(:handover as uuid) and client_id = cast(:client as uuid)")
                .setParameter("handover", handover).setParameter("client", client).getSingleResult());
    }

    @Test
    void aLetterWaitsForTheSmtpServerAndIsSentOnce() {
        String leaver = leaver();
        String client = client(leaver, "ES", contact("Pablo Ruiz", "pablo@es.example", true));
        String handover = approvedDeparture(leaver);
        SMTP.stop();
        try {
            Api.as("hugo").post("/api/v1/handovers/" + handover + "/complete").then().statusCode(200);
            outbox.deliverDue(1_000);
            Map<String, Object> letter = letters(byClient("hugo", handover).get(client)).get(0);
            assertThat(letter.get("state")).isEqualTo("failed");
            assertThat((String) letter.get("reason")).isNotBlank();
            assertThat(letter.get("nextAttemptAt")).isNotNull();
        } finally {
            SMTP.start();
        }
        String id = (String) letters(byClient("hugo", handover).get(client)).get(0).get("id");
        // Its pause over, it goes (a server just started may drop its first session: then the next round); later
        // rounds do not send it again.
        for (int round = 0; round < 3 && received(id).isEmpty(); round++) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_message "
                    + "set next_attempt_at = now() where kind = 'mail.letter' and subject = :id and delivered_at is null")
                    .setParameter("id", id).executeUpdate());
            outbox.deliverDue(1_000);
        }
        outbox.deliverDue(1_000);
        outbox.deliverDue(1_000);
        assertThat(received(id)).hasSize(1);
        assertThat(letters(byClient("hugo", handover).get(client)).get(0)).containsEntry("state", "sent");
        assertThat(text(received(id).get(0))).startsWith("Estimado/a Pablo Ruiz:");
    }
}
