package app.relay.common;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Documents the problem+json answers every operation can give, in one place rather than on each method. */
public class ProblemResponsesFilter implements OASFilter {
    // Sorted maps: the generated document must come out byte-identical on every build.
    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "Invalid input: the problem lists the offending fields",
            "401", "Not signed in, or the token is no longer valid",
            "403", "Your role does not allow this",
            "404", "No such resource, or not one you may see",
            "414", "The request line is longer than the server accepts",
            "431", "The request headers are larger than the server accepts",
            "500", "Unexpected error (logged; no details are exposed)",
            "503", "The database or the sign-in service is unreachable for a moment; retry after Retry-After seconds"));
    private static final Map<String, String> WRITES = new TreeMap<>(Map.of(
            "409", "The record is in a state that does not allow this (e.g. deleted)",
            "412", "Someone else changed the record since you read it (stale If-Match)",
            "413", "The request body is larger than the server accepts",
            "415", "The request body is not JSON",
            "428", "If-Match header missing"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(method, operation));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        // A failure an operation declares itself (a 422) answers a problem too.
        Map.copyOf(responses.getAPIResponses()).forEach((status, response) -> {
            if (status.charAt(0) == '4' || status.charAt(0) == '5') {
                add(responses, status, response.getDescription());
            }
        });
        COMMON.forEach((status, description) -> add(responses, status, description));
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE || ifMatch) {
            WRITES.forEach((status, description) -> add(responses, status, description));
        } else if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", WRITES.get("409"));
            add(responses, "413", WRITES.get("413"));
            add(responses, "415", WRITES.get("415"));
        }
    }

    /** Adds the problem response, or gives a problem body to one declared without (the security defaults). */
    private static void add(APIResponses responses, String status, String description) {
        Content content = OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null) {
            existing.description(description).content(content);
        }
    }
}
