package app.relay.access;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.relay.identity.Roles;
import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped field rules that matter most, and the admin's grid changing them without a restart. */
@QuarkusTest
class FieldRulesTest {

    @Test
    void adminSeesChannelsMaskedInARecognisableShapeAndNoPersonalNotes() {
        String clientId = create("sam", unique("Masked"));
        String contactId = Api.as("sam").body(Map.of("fullName", "Ana Pop", "hobbies", "opera",
                        "channels", List.of(Map.of("kind", "phone", "value", "+7 912 345 45 67", "corporate", true),
                                Map.of("kind", "email", "value", "ana@firm.ro", "corporate", true))))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");

        Api.as("ada").get("/api/v1/contacts/" + contactId).then().statusCode(200)
                .body("channels[0].value", equalTo("+7 *** *** 45 67"))
                .body("channels[1].value", equalTo("a***@firm.ro"))
                .body("hobbies", nullValue())
                .body("redactedFields", hasItems("channels", "hobbies"));
        Api.as("sam").get("/api/v1/contacts/" + contactId).then()
                .body("channels[0].value", equalTo("+79123454567"))
                .body("hobbies", equalTo("opera"))
                .body("redactedFields", equalTo(List.of()));
    }

    @Test
    void aWriteTouchingOneForbiddenFieldIsRefusedAsAWhole() {
        String clientId = create("sam", unique("Whole"));
        Api.as("sam").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("city", "Iași", "segment", "vip")).patch("/api/v1/clients/" + clientId).then()
                .statusCode(403).body("errors.field", equalTo(List.of("segment")));
        Api.as("sam").get("/api/v1/clients/" + clientId).then()
                .body("city", nullValue()).body("segment", nullValue()).body("version", equalTo(0));
        Api.as("hugo").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("segment", "vip")).patch("/api/v1/clients/" + clientId).then().statusCode(200);
    }

    @Test
    void aLeadGeneratorCannotSetTheSegmentOfANewProspect() {
        Map<String, Object> prospect = client(unique("Lead"));
        prospect.put("lifecycle", "prospect");
        prospect.put("segment", "key");
        Api.as("leo").body(prospect).post("/api/v1/clients").then()
                .statusCode(403).body("errors.field", hasItem("segment"));
        prospect.remove("segment");
        Api.as("leo").body(prospect).post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void theAdminGridChangesWhatARoleSeesAtOnce() {
        Map<String, Object> body = client(unique("Grid"));
        body.put("taxId", "RO7654321");
        String clientId = create("sam", body);

        Api.as("ada").get("/api/v1/admin/field-policies").then().statusCode(200)
                .body("roles", hasItems(Roles.ALL.toArray(String[]::new)))
                .body("fields.key", hasItem("contact.familyNotes"))
                .body("levels.'sales-manager'.'client.taxId'", equalTo("write"));
        Api.as("sam").get("/api/v1/admin/field-policies").then().statusCode(403);
        try {
            Api.as("ada").body(Map.of("level", "hidden")).put("/api/v1/admin/field-policies/sales-manager/client.taxId")
                    .then().statusCode(200).body("levels.'sales-manager'.'client.taxId'", equalTo("hidden"));
            Api.as("sam").get("/api/v1/clients/" + clientId).then()
                    .body("taxId", nullValue()).body("redactedFields", hasItem("taxId"));
            Api.as("sam").get("/api/v1/me").then().body("fields.'client.taxId'", equalTo("hidden"));
            Api.as("hugo").get("/api/v1/clients/" + clientId).then().body("taxId", equalTo("RO7654321"));
            Api.as("dana").queryParam("action", "update").get("/api/v1/audit").then()
                    .body("items.detail", hasItem("sales-manager client.taxId: write -> hidden"));
        } finally {
            Api.as("ada").body(Map.of("level", "write")).put("/api/v1/admin/field-policies/sales-manager/client.taxId")
                    .then().statusCode(200);
        }
        Api.as("sam").get("/api/v1/clients/" + clientId).then()
                .body("taxId", equalTo("RO7654321")).body("redactedFields", not(hasItem("taxId")));
    }

    @Test
    void aRoleAddedInKeycloakAppearsInTheGridAndCanBeGivenLevels() {
        String role = KeycloakUsers.createRealmRole("regional-partner");
        try {
            Api.as("ada").get("/api/v1/admin/field-policies").then().statusCode(200)
                    .body("roles", hasItem(role))
                    .body("levels.'" + role + "'.'client.name'", equalTo("hidden"));
            Api.as("ada").body(Map.of("level", "read")).put("/api/v1/admin/field-policies/" + role + "/client.name")
                    .then().statusCode(200).body("levels.'" + role + "'.'client.name'", equalTo("read"));
        } finally {
            KeycloakUsers.deleteRealmRole(role);
        }
        Api.as("ada").get("/api/v1/admin/field-policies").then().body("roles", not(hasItem(role)));
    }

    @Test
    void badGridChangesAreRefused() {
        String path = "/api/v1/admin/field-policies/";
        Api.as("ada").body(Map.of("level", "godmode")).put(path + "sales-manager/client.taxId").then().statusCode(400);
        Api.as("ada").body(Map.of()).put(path + "sales-manager/client.taxId").then().statusCode(400);
        Api.as("ada").body(Map.of("level", "read")).put(path + "sales-manager/client.password").then().statusCode(404);
        Api.as("ada").body(Map.of("level", "read")).put(path + "pirate/client.taxId").then().statusCode(404);
        Api.as("hugo").body(Map.of("level", "write")).put(path + "sales-manager/client.segment").then().statusCode(403);
    }
}
