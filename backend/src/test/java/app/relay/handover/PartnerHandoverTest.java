package app.relay.handover;

import static app.relay.support.TestClients.heldBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.relay.identity.DirectorySync;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second manager joins some of a person's clients as partner, with stated duties and no end unless one is given:
 * the person keeps the clients, the partner sees the chosen ones and is told; a partner stands once per client;
 * ending the partnership ends only its own parties.
 */
@QuarkusTest
class PartnerHandoverTest {
    private static final String SAM = "a0000000-0000-4000-8000-000000000004";
    private static final String ALEX = "a0000000-0000-4000-8000-000000000006";

    @Inject
    DirectorySync sync;

    @Test
    void aPartnerWorksWithTheChosenClientsUntilThePartnershipEnds() throws IOException {
        String holder = KeycloakUsers.salesManagerInNorth("shared");
        try {
            sync.syncNow();
            String shared = heldBy(holder, null, "key", "Shared");
            String own = heldBy(holder, null, "key", "OwnOnly");

            refused(partner(holder, SAM, null, shared), "duties");
            refused(partner(holder, holder, "Exports", shared), "partnerId");
            Map<String, Object> withSubstitute = partner(holder, SAM, "Exports", shared);
            withSubstitute.put("substituteId", ALEX);
            refused(withSubstitute, "substituteId");
            Map<String, Object> reversed = partner(holder, SAM, "Exports", shared);
            reversed.put("startsOn", java.time.LocalDate.now().plusDays(5).toString());
            reversed.put("endsOn", java.time.LocalDate.now().plusDays(2).toString());
            refused(reversed, "endsOn");
            Api.as("sam").body(partner(holder, ALEX, "Exports", shared)).post("/api/v1/handovers").then().statusCode(403);

            String handover = Api.as("hugo").body(partner(holder, SAM, "Exports to Spain", shared))
                    .post("/api/v1/handovers").then().statusCode(201).body("kind", equalTo("partner"))
                    .body("partnership.partnerName", equalTo("Sam Rusu")).body("partnership.duties", equalTo("Exports to Spain"))
                    .body("partnership.endsOn", nullValue()).body("partnership.phase", equalTo("running"))
                    .body("items", equalTo(1)).extract().path("id");
            Api.as("hugo").get("/api/v1/clients/" + shared).then().body("ownerId", equalTo(holder));
            Api.as("sam").get("/api/v1/clients/" + shared).then().statusCode(200);
            Api.as("sam").get("/api/v1/clients/" + own).then().statusCode(404);
            Api.as("hugo").get("/api/v1/clients/" + shared + "/parties").then()
                    .body("items.find { it.kind == 'partner' }.duties", equalTo("Exports to Spain"));
            Api.as("sam").get("/api/v1/notifications").then().body("items.kind", hasItem("clients_shared"));

            // Sam stands there as partner already; alex may join as a second partner.
            Api.as("hugo").body(partner(holder, SAM, "Imports", shared)).post("/api/v1/handovers").then().statusCode(409);
            Api.as("hugo").body(partner(holder, ALEX, "Logistics", shared)).post("/api/v1/handovers").then().statusCode(201);

            Api.as("hugo").post("/api/v1/handovers/" + handover + "/cancel").then().statusCode(200)
                    .body("state", equalTo("cancelled"));
            Api.as("sam").get("/api/v1/clients/" + shared).then().statusCode(404);
            Api.as("alex").get("/api/v1/clients/" + shared).then().statusCode(200);
        } finally {
            KeycloakUsers.delete(holder);
        }
    }

    private static void refused(Map<String, Object> body, String field) {
        Api.as("hugo").body(body).post("/api/v1/handovers").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> partner(String holder, String partner, String duties, String client) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "partner");
        body.put("userId", holder);
        body.put("partnerId", partner);
        body.put("duties", duties);
        body.put("clientIds", List.of(client));
        return body;
    }
}
