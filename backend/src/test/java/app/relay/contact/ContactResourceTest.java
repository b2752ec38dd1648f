package app.relay.contact;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {
    private static final String SAM = "sam";

    @Test
    void phoneWithoutPrefixTakesTheClientsCountryAndIsStoredInE164() {
        Map<String, Object> body = client(unique("Vinăria Purcari-Nord"));
        body.put("country", "MD");
        String clientId = create(SAM, body);

        String contactId = Api.as(SAM).body(Map.of(
                        "fullName", "Ștefan Munteanu",
                        "position", "Director general",
                        "functions", List.of("decision_maker", "pays"),
                        "channels", List.of(
                                Map.of("kind", "phone", "value", "069 123 456", "corporate", true),
                                Map.of("kind", "email", "value", "Stefan@Purcari.MD", "corporate", false)),
                        "preferredChannel", "phone",
                        "birthday", "1975-04-12",
                        "hobbies", "pescuit pe Prut"))
                .post("/api/v1/clients/" + clientId + "/contacts").then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("channels[0].value", equalTo("+37369123456"))
                .body("channels[1].value", equalTo("stefan@purcari.md"))
                .body("channels[1].corporate", equalTo(false))
                .body("functions", equalTo(List.of("decision_maker", "pays")))
                .extract().path("id");

        Api.as(SAM).get("/api/v1/clients/" + clientId + "/contacts").then()
                .statusCode(200).body("items.id", hasItem(contactId));
        Api.as(SAM).get("/api/v1/clients/" + clientId).then().body("contactCount", equalTo(1));
    }

    @Test
    void invalidChannelsAreRefusedNamingTheEntry() {
        String clientId = create(SAM, unique("Channels"));
        Api.as(SAM).body(Map.of("fullName", "Ion Popescu", "channels", List.of(
                        Map.of("kind", "email", "value", "ion@firm.ro", "corporate", true),
                        Map.of("kind", "phone", "value", "12", "corporate", true))))
                .post("/api/v1/clients/" + clientId + "/contacts").then()
                .statusCode(400).body("errors.field", equalTo(List.of("channels[1].value")));
        Api.as(SAM).body(Map.of("fullName", "Ion Popescu", "channels", List.of(
                        Map.of("kind", "email", "value", "not-an-email", "corporate", true))))
                .post("/api/v1/clients/" + clientId + "/contacts").then()
                .statusCode(400).body("errors.field", equalTo(List.of("channels[0].value")));
        Api.as(SAM).body(Map.of("fullName", "Ion Popescu", "birthday", "2999-01-01"))
                .post("/api/v1/clients/" + clientId + "/contacts").then()
                .statusCode(400).body("errors.field", hasItem("birthday"));
        Api.as(SAM).get("/api/v1/clients/" + clientId + "/contacts").then().body("items", equalTo(List.of()));
    }

    @Test
    void contactEditNeedsTheCurrentVersionAndDeleteIsSoft() {
        String clientId = create(SAM, unique("Edit contact"));
        String contactId = Api.as(SAM).body(Map.of("fullName", "Алексей Смирнов"))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");

        Api.as(SAM).contentType("application/merge-patch+json").body(Map.of("position", "закупщик"))
                .patch("/api/v1/contacts/" + contactId).then().statusCode(428);
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("position", "закупщик")).patch("/api/v1/contacts/" + contactId).then()
                .statusCode(200).header("ETag", "\"1\"").body("position", equalTo("закупщик"));
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("position", "бухгалтер")).patch("/api/v1/contacts/" + contactId).then()
                .statusCode(412);

        String etag = Api.as(SAM).get("/api/v1/contacts/" + contactId).then().statusCode(200).extract().header("ETag");
        Api.as(SAM).delete("/api/v1/contacts/" + contactId).then().statusCode(428);
        Api.as(SAM).header("If-Match", etag).delete("/api/v1/contacts/" + contactId).then().statusCode(204);
        Api.as(SAM).get("/api/v1/contacts/" + contactId).then().statusCode(404);
        Api.as(SAM).get("/api/v1/clients/" + clientId + "/contacts").then()
                .body("items.id", not(hasItem(contactId)));
        Api.as("hugo").post("/api/v1/contacts/" + contactId + "/restore").then()
                .statusCode(200).body("deletedAt", equalTo(null));
        Api.as(SAM).get("/api/v1/contacts/" + contactId).then().statusCode(200).body("position", equalTo("закупщик"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryNamesTheContactPersonAndAnEditRecordsOnlyWhatChanged() {
        String clientId = create(SAM, unique("Story"));
        String contactId = Api.as(SAM).body(Map.of("fullName", "Andrei Moldovan", "position", "buyer",
                        "channels", List.of(Map.of("kind", "phone", "value", "+40721234567", "corporate", true)),
                        "functions", List.of("orders")))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");
        // The SPA sends the whole form back: unchanged channels and functions must not count as changes.
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("position", "head buyer", "functions", List.of("orders"),
                        "channels", List.of(Map.of("kind", "phone", "value", "0721 234 567", "corporate", true))))
                .patch("/api/v1/contacts/" + contactId).then().statusCode(200);

        Response history = Api.as(SAM).get("/api/v1/clients/" + clientId + "/history");
        Map<String, Object> edit = history.jsonPath().getMap("items.find { it.entityType == 'contact' && it.action == 'updated' }");
        assertThat(edit.get("subjectName")).isEqualTo("Andrei Moldovan");
        assertThat((Map<String, Object>) edit.get("changes")).containsOnlyKeys("position");
        Map<String, Object> created = history.jsonPath().getMap("items.find { it.entityType == 'client' && it.action == 'created' }");
        String owner = (String) ((Map<String, Map<String, Object>>) created.get("changes")).get("ownerId").get("to");
        assertThat((Map<String, String>) created.get("people")).containsEntry(owner, "Sam Rusu");
    }
}
