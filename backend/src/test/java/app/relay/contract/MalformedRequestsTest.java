package app.relay.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Api;
import app.relay.support.TestClients;
import app.relay.support.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Generated from openapi.yaml: for every operation, malformed values for each parameter, body field and
 * validator, bad bodies and bad tokens, sent as several roles. No answer may be a 5xx, every error
 * must be a problem, and a refused request must leave the database exactly as it was.
 */
@QuarkusTest
class MalformedRequestsTest {
    private static final String[] SECOND_ROLES = {"sam", "leo", "integration", "ada", "dana", "sid"};
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatabaseFingerprint database;

    private final Map<Integer, Integer> histogram = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void malformedRequestsGetProblemsAndChangeNothing() throws Exception {
        OpenAPI spec = spec();
        Fixture fixture = Fixture.create();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                exercise(spec, fixture, path, method, operation);
            }
        }));
        System.out.printf("MalformedRequestsTest: %d requests, statuses %s%n", sent, histogram);
        assertThat(failures).as("%d of %d malformed requests misbehaved", failures.size(), sent).isEmpty();
        assertThat(sent).isGreaterThan(1000);
    }

    private void exercise(OpenAPI spec, Fixture fixture, String path, PathItem.HttpMethod method, Operation operation) {
        String primary = path.contains("/admin/") ? "ada" : "hugo";
        BadRequest base = BadRequest.base(spec, fixture, path, method, operation);
        send(base.withToken(null), "no token", true);
        send(base.withToken("not-a-token"), "garbage token", true);
        send(base.withToken(Tokens.of(primary) + "x"), "tampered token", true);
        int round = 0;
        List<BadRequest> variants = new ArrayList<>();
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            Schema<?> schema = BadRequest.deref(spec, parameter.getSchema());
            for (Mutations.Value value : Mutations.forParameter(parameter.getName(), schema)) {
                variants.add(base.withParameter(parameter.getIn(), parameter.getName(), value));
            }
        }
        variants.addAll(base.bodyVariants(spec));
        variants.addAll(base.validatorVariants());
        for (BadRequest variant : variants) {
            send(variant.withToken(Tokens.of(primary)), primary, false);
            String second = SECOND_ROLES[round++ % SECOND_ROLES.length];
            send(variant.withToken("integration".equals(second) ? Tokens.integration() : Tokens.of(second)), second,
                    false);
        }
    }

    private void send(BadRequest request, String as, boolean mustBeUnauthorized) {
        String before = database.fingerprint();
        RequestSpecification http = given().config(RAW).urlEncodingEnabled(false);
        if (request.token() != null) {
            http.header("Authorization", "Bearer " + request.token());
        }
        request.headers().forEach(http::header);
        if (request.body() != null) {
            http.body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        Response response = http.request(request.method(), request.uri());
        sent++;
        int status = response.statusCode();
        histogram.merge(status, 1, Integer::sum);
        String what = request.method() + " " + request.uri().substring(0, Math.min(160, request.uri().length()))
                + " [" + request.label() + "] as " + as + " → " + status;
        if (status >= 500) {
            failures.add(what + ": server error " + response.asString());
        } else if (mustBeUnauthorized && status != 401) {
            failures.add(what + ": expected 401");
        } else if (status >= 400 && !isProblem(response)) {
            failures.add(what + ": not a problem+json body: " + response.contentType());
        } else if (status < 400 && request.mustRefuse()) {
            failures.add(what + ": accepted a value that must be refused");
        }
        if (status >= 400 && !before.equals(database.fingerprint())) {
            failures.add(what + ": refused, yet the database changed");
        }
    }

    private static boolean isProblem(Response response) {
        if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
            return false;
        }
        Map<String, Object> body = response.jsonPath().getMap("");
        return body.get("type") instanceof String && body.get("title") instanceof String
                && body.get("status") instanceof Integer && body.get("detail") instanceof String;
    }

    private static OpenAPI spec() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String location = java.nio.file.Files.exists(java.nio.file.Path.of("../openapi.yaml")) ? "../openapi.yaml"
                : "openapi.yaml";
        return new OpenAPIV3Parser().read(location, null, options);
    }

    /** What the variants stand on: a client with a contact person in north, owned by sam. */
    record Fixture(String clientId, String contactId, String policyLevel) {
        static Fixture create() {
            String client = TestClients.create("sam", TestClients.unique("Malformed fixture"));
            String contact = Api.as("sam").body(Map.of("fullName", "Fixture Person"))
                    .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201).extract().path("id");
            String level = Api.as("ada").get("/api/v1/admin/field-policies").then().statusCode(200)
                    .extract().path("levels.'sales-manager'.'client.industry'");
            return new Fixture(client, contact, level);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace(Mutations.NUL, "\\u0000").replace(Mutations.LONE_SURROGATE, "\\ud800");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> copy(Map<String, Object> body) {
        return new LinkedHashMap<>(body);
    }

    static String unique() {
        return "Malformed " + UUID.randomUUID().toString().substring(0, 8);
    }
}
