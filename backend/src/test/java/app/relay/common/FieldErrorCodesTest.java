package app.relay.common;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field errors carry a stable code (and the bound crossed), so that a client can say them in its own language. */
@QuarkusTest
class FieldErrorCodesTest {

    @Test
    void validationErrorsSayWhatIsWrongByCode() {
        Map<String, Object> tooLong = client("x".repeat(301));
        Api.as("sam").body(tooLong).post("/api/v1/clients").then().statusCode(400)
                .body("errors.find { it.field == 'name' }.code", equalTo("too-long"))
                .body("errors.find { it.field == 'name' }.limit", equalTo(300));
        Map<String, Object> blank = client(" ");
        Api.as("sam").body(blank).post("/api/v1/clients").then().statusCode(400)
                .body("errors.find { it.field == 'name' }.code", equalTo("required"))
                .body("errors.find { it.field == 'name' }.limit", nullValue());
        Map<String, Object> badTaxId = client(unique("Codes"));
        badTaxId.put("taxId", "RO#1");
        Api.as("sam").body(badTaxId).post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].code", equalTo("format"));
        Map<String, Object> unknown = client(unique("Codes"));
        unknown.put("colour", "red");
        Api.as("sam").body(unknown).post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-field"));
        Map<String, Object> wrongType = client(unique("Codes"));
        wrongType.put("tags", "not a list");
        Api.as("sam").body(wrongType).post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].code", equalTo("wrong-type"));
    }

    @Test
    void channelsAndFieldRulesHaveTheirOwnCodes() {
        String clientId = create("sam", unique("Codes contact"));
        Api.as("sam").body(Map.of("fullName", "Ana", "channels", List.of(
                        Map.of("kind", "phone", "value", "12", "corporate", true),
                        Map.of("kind", "email", "value", "not-an-address", "corporate", true))))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(400)
                .body("errors.find { it.field == 'channels[0].value' }.code", equalTo("phone"))
                .body("errors.find { it.field == 'channels[1].value' }.code", equalTo("email"));
        // A sales manager may not set the segment (shipped policy): refused, by code.
        Map<String, Object> segmented = client(unique("Codes segment"));
        segmented.put("segment", "vip");
        Api.as("sam").body(segmented).post("/api/v1/clients").then().statusCode(403)
                .body("errors[0].field", equalTo("segment"))
                .body("errors[0].code", equalTo("not-allowed"));
    }
}
