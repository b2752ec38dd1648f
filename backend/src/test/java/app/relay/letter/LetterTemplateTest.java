package app.relay.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.TestClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Admins rewrite what a letter says, per kind and language: a rewrite naming what a letter does not have, or not
 * shaped as a subject and a body, is refused and nothing changes; a kept one writes the next letters.
 */
@QuarkusTest
class LetterTemplateTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String PARTNER_ES = "/api/v1/letter-templates/partner/es";

    @Inject
    DirectorySync sync;
    @Inject
    EntityManager em;

    @Test
    void anAdminRewritesALetterAndOnlyAValidOneIsKept() throws IOException {
        Api.as("hugo").get("/api/v1/letter-templates").then().statusCode(403);
        Api.as("hugo").header("If-Match", "\"0\"").body(Map.of("text", "A\n\nB")).put(PARTNER_ES).then().statusCode(403);
        Map<String, Object> shipped = Api.as("ada").get("/api/v1/letter-templates").then().statusCode(200)
                .body("items.size()", equalTo(8)).extract().jsonPath()
                .getMap("items.find { it.kind == 'partner' && it.language == 'es' }");
        assertThat(shipped.get("customised")).isEqualTo(false);
        assertThat((List<String>) shipped.get("placeholders")).contains("duties", "successor.email");

        put("0", "Socio: {successor.name}\n\nHola {contact.name},\n{successor.fax}\n").statusCode(400)
                .body("errors[0].message", startsWith("unknown placeholder {successor.fax} on line 4"));
        put("0", "Socio: {successor.name}\n\nHola {contact.name}, {#if}").statusCode(400)
                .body("errors.field", hasItem("text"));
        put("0", "Only a subject").statusCode(400).body("errors[0].message", containsString("a subject line"));
        // Letters have no section but #if: nothing evaluates, loops or reads the configuration.
        put("0", "Socio\n\n{#eval \"{config:['quarkus.datasource.password']}\"/}").statusCode(400);
        put("0", "Socio\n\n{#each 5}{company}{/each}").statusCode(400);
        put("0", "Socio\n\n{config:['quarkus.datasource.password']}").statusCode(400);
        // Nor does a letter come out empty, for a manager with or without a phone and an e-mail.
        put("0", "Socio\n\n{#if successor.email}{successor.email}{/if}").statusCode(400)
                .body("errors[0].message", containsString("without a corporate phone and e-mail"));
        Api.as("hugo").body(Map.of("text", "A\n\nB")).post(PARTNER_ES + "/preview").then().statusCode(403);
        put("0", "{client.name} ".repeat(20) + "\n\nHola").statusCode(400)
                .body("errors[0].message", containsString("longer than 300 characters"));
        // The preview is the letter of a manager with a phone and an e-mail, the shipped text's lines for them included.
        Api.as("ada").body(Map.of("text", shipped.get("shipped"))).post(PARTNER_ES + "/preview").then().statusCode(200)
                .body("body", containsString("+373 22 000 111"));
        put(null, "Socio: {successor.name}\n\nHola {contact.name}").statusCode(428);
        // The handover letter has no duties to name.
        Api.as("ada").header("If-Match", "\"0\"").body(Map.of("text", "{successor.name}\n\n{duties}"))
                .put("/api/v1/letter-templates/handover/es").then().statusCode(400);
        Api.as("ada").body(Map.of("text", "Socio: {successor.name}\n\nHola {contact.name}: {duties}."))
                .post(PARTNER_ES + "/preview").then().statusCode(200).body("subject", equalTo("Socio: Sam Rusu"))
                .body("body", equalTo("Hola Ion Rusu: exports to Spain.\n"));
        Api.as("ada").get("/api/v1/letter-templates").then()
                .body("items.find { it.kind == 'partner' && it.language == 'es' }.customised", equalTo(false));

        String holder = KeycloakUsers.salesManagerInNorth("rewritten");
        try {
            put("0", "Socio: {successor.name}\n\nHola {contact.name}: {duties}.").statusCode(200)
                    .body("customised", equalTo(true)).body("version", equalTo(1)).header("ETag", "\"1\"");
            put("0", "Otra vez\n\nHola").statusCode(412);
            sync.syncNow();
            Map<String, Object> body = new HashMap<>(TestClients.client(TestClients.unique("Rewritten")));
            body.put("country", "ES");
            body.put("segment", "medium");
            String client = TestClients.create("hugo", body);
            Api.as("hugo").header("If-Match", TestClients.ifMatch(client)).contentType("application/merge-patch+json")
                    .body(Map.of("ownerId", holder)).patch("/api/v1/clients/" + client).then().statusCode(200);
            String handover = Api.as("hugo").body(Map.of("kind", "partner", "userId", holder, "partnerId", SAM,
                    "duties", "ferias", "tellClients", true)).post("/api/v1/handovers").then().statusCode(201)
                    .extract().path("id");
            Api.as("hugo").get("/api/v1/handovers/" + handover + "/items").then()
                    .body("items[0].letters[0].subject", equalTo("Socio: Sam Rusu"));

            // A kept text that fails all the same (written around the API here) gives way to the shipped one.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update letter_template set "
                    + "text = 'Socio {successor.name}' || chr(10) || chr(10) || '{#each company}x{/each}' "
                    + "where kind = 'partner' and language = 'es'").executeUpdate());
            String again = Api.as("hugo").body(Map.of("kind", "partner", "userId", holder, "partnerId",
                    "a0000000-0000-4000-8000-000000000006", "duties", "ferias", "tellClients", true))
                    .post("/api/v1/handovers").then().statusCode(201).extract().path("id");
            Api.as("hugo").get("/api/v1/handovers/" + again + "/items").then()
                    .body("items[0].letters[0].subject", startsWith("Alex Popa también trabaja con ustedes"));
        } finally {
            put("1", (String) shipped.get("shipped")).statusCode(200);
            KeycloakUsers.delete(holder);
        }
        Api.as("ada").get("/api/v1/letter-templates").then()
                .body("items.find { it.kind == 'partner' && it.language == 'es' }.text", equalTo(shipped.get("shipped")))
                .body("items.find { it.kind == 'partner' && it.language == 'es' }.customised", equalTo(false));
    }

    private static io.restassured.response.ValidatableResponse put(String version, String text) {
        var request = Api.as("ada").body(Map.of("text", text));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return request.put(PARTNER_ES).then();
    }
}
