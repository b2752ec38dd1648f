package app.relay.client;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets a problem+json answer naming what is wrong, and changes nothing. */
@QuarkusTest
class ClientBadInputTest {
    private static final String SAM = "sam";
    private static final String PROBLEM = "application/problem+json";

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("{\"kind\":\"company\",\"country\":\"RO\",\"lifecycle\":\"active\"}", "name"),
                Arguments.of(body("name", "   "), "name"),
                Arguments.of(body("name", "x".repeat(301)), "name"),
                Arguments.of(body("kind", "alien"), "kind"),
                Arguments.of(body("lifecycle", 42), "lifecycle"),
                Arguments.of(body("country", "Romania"), "country"),
                Arguments.of(body("website", "not a site"), "website"),
                Arguments.of(body("tags", "not-a-list"), "tags"),
                Arguments.of(body("tags", List.of("")), "tags[0]"),
                Arguments.of(body("attributes", List.of(1, 2)), "attributes"),
                Arguments.of(body("ownerId", "no-such-user"), "ownerId"),
                Arguments.of(body("surprise", true), "surprise"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void invalidClientIsRefusedNamingTheField(Object json, String field) {
        Api.as("hugo").body(json).post("/api/v1/clients").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Api.as(SAM).body("{\"name\": ").post("/api/v1/clients").then()
                .statusCode(400).contentType(PROBLEM).body("type", startsWith("/problems/"));
    }

    @Test
    void oversizedBodyIsRefused() {
        Api.as(SAM).body(body("notes", "n".repeat(600_000))).post("/api/v1/clients").then()
                .statusCode(413);
    }

    @Test
    void malformedIdIsNotFound() {
        Api.as(SAM).get("/api/v1/clients/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownClientIsNotFound() {
        Api.as(SAM).get("/api/v1/clients/00000000-0000-4000-8000-000000000000").then()
                .statusCode(404).contentType(PROBLEM).body("type", equalTo("/problems/not-found"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void badListParametersAreRefused(String parameter, String value) {
        Api.as(SAM).queryParam(parameter, value).get("/api/v1/clients").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(parameter));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("limit", "0"),
                Arguments.of("limit", "201"),
                Arguments.of("sort", "password"),
                Arguments.of("cursor", "%%%garbage"),
                Arguments.of("lifecycle", "dead"),
                Arguments.of("q", "x".repeat(201)));
    }

    @Test
    void nonNumericLimitIsABadRequest() {
        Api.as(SAM).queryParam("limit", "lots").get("/api/v1/clients").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void withoutTokenTheAnswerIsUnauthorized() {
        Api.anonymous().get("/api/v1/clients").then()
                .statusCode(401).contentType(PROBLEM).body("type", equalTo("/problems/unauthorized"));
        Api.anonymous().auth().oauth2("not.a.token").get("/api/v1/clients").then()
                .statusCode(401).contentType(PROBLEM);
        Api.anonymous().auth().oauth2("opaque-garbage").get("/api/v1/clients").then()
                .statusCode(401).contentType(PROBLEM).body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void patchWithoutIfMatchIsPreconditionRequiredAndChangesNothing() {
        String name = unique("Unchanged");
        String id = create(SAM, name);
        Api.as(SAM).contentType("application/merge-patch+json").body(Map.of("name", "Changed"))
                .patch("/api/v1/clients/" + id).then()
                .statusCode(428).contentType(PROBLEM).body("type", equalTo("/problems/precondition-required"));
        Api.as(SAM).get("/api/v1/clients/" + id).then().body("name", equalTo(name)).body("version", equalTo(0));
    }

    @Test
    void stalePatchIsRefusedAndTheOtherChangeSurvives() {
        String id = create(SAM, unique("Concurrent"));
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("city", "Bălți")).patch("/api/v1/clients/" + id).then().statusCode(200);

        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("city", "Cahul")).patch("/api/v1/clients/" + id).then()
                .statusCode(412).contentType(PROBLEM).body("type", equalTo("/problems/stale-version"));
        Api.as(SAM).get("/api/v1/clients/" + id).then().body("city", equalTo("Bălți")).body("version", equalTo(1));
    }

    @Test
    void invalidPatchChangesNothing() {
        String name = unique("Valid");
        String id = create(SAM, name);
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("name", "", "city", "Orhei")).patch("/api/v1/clients/" + id).then()
                .statusCode(400).body("errors.field", hasItem("name"));
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("[1,2]").patch("/api/v1/clients/" + id).then().statusCode(400);
        Api.as(SAM).get("/api/v1/clients/" + id).then()
                .body("name", equalTo(name)).body("city", equalTo(null)).body("version", equalTo(0));
    }

    private static Map<String, Object> body(String field, Object value) {
        Map<String, Object> body = client(unique("Bad input"));
        body.put(field, value);
        return body;
    }

    @Test
    void patchWithAnUnknownFieldIsRefusedAndChangesNothing() {
        String id = create(SAM, unique("Unknown field"));
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("revenue", 1_000_000)).patch("/api/v1/clients/" + id).then()
                .statusCode(400).body("errors.field", hasItem("revenue"));
        Api.as(SAM).get("/api/v1/clients/" + id).then().body("version", equalTo(0));
    }

    @Test
    void duplicateCheckNeedsANameOrTaxId() {
        Api.as(SAM).get("/api/v1/clients/duplicates").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
    }

    @Test
    void historyParametersAreChecked() {
        String id = create(SAM, unique("History params"));
        Api.as(SAM).queryParam("limit", "0").get("/api/v1/clients/" + id + "/history").then()
                .statusCode(400).body("errors.field", hasItem("limit"));
        Api.as(SAM).queryParam("cursor", "abc").get("/api/v1/clients/" + id + "/history").then()
                .statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void contactsOfAnUnknownClientAreNotFound() {
        String unknown = "/api/v1/clients/00000000-0000-4000-8000-000000000001/contacts";
        Api.as(SAM).get(unknown).then().statusCode(404).contentType(PROBLEM);
        Api.as(SAM).body(Map.of("fullName", "Nobody")).post(unknown).then().statusCode(404).contentType(PROBLEM);
        Api.as(SAM).queryParam("deleted", "perhaps").get(unknown).then().statusCode(400);
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        Api.as(SAM).contentType("text/plain").body("name=x").post("/api/v1/clients").then()
                .statusCode(415).contentType(PROBLEM);
    }
}
