package app.relay.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Requests as a demo user, with every response checked against the committed openapi.yaml,
 * so the contract cannot drift from what the server really answers.
 */
public final class Api {
    private static final OpenApiInteractionValidator CONTRACT =
            OpenApiInteractionValidator.createForSpecificationUrl(contractLocation()).build();

    /** Only responses are checked: many requests in these tests are bad on purpose. */
    private static final Filter RESPONSES_MATCH_CONTRACT = (request, response, context) -> {
        var answer = context.next(request, response);
        ValidationReport report = CONTRACT.validateResponse(request.getDerivedPath(),
                Request.Method.valueOf(request.getMethod()), RestAssuredResponse.of(answer));
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getDerivedPath() + " answered "
                    + answer.statusCode() + " outside the contract: " + report.getMessages());
        }
        return answer;
    };

    /** JSON is UTF-8; without this REST Assured encodes merge-patch bodies as ISO-8859-1. */
    private static final RestAssuredConfig UTF8 = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));

    private Api() {
    }

    /** As a demo user, or as the integration account when `username` is `integration`. */
    public static RequestSpecification as(String username) {
        String token = "integration".equals(username) ? Tokens.integration() : Tokens.of(username);
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return given().config(UTF8).filter(RESPONSES_MATCH_CONTRACT)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String contractLocation() {
        for (Path candidate : new Path[] {Path.of("../openapi.yaml"), Path.of("openapi.yaml")}) {
            if (Files.exists(candidate)) {
                return candidate.toAbsolutePath().toUri().toString();
            }
        }
        throw new IllegalStateException("openapi.yaml not found at the repository root");
    }
}
