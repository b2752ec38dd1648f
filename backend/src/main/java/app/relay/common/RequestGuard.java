package app.relay.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, request parts that cannot be taken as sent: a NUL or an unpaired
 * surrogate in a path segment, query parameter or header (PostgreSQL cannot store them, and a
 * silently altered filter answers a different question), and a body without a JSON media type in
 * UTF-8. It runs after authentication and role checks, so that an outsider learns nothing from it.
 */
public class RequestGuard {
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public void refuseUnstorableInput(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(), "path");
        check(request.getUriInfo().getQueryParameters(), "query");
        check(request.getHeaders(), "header");
        if (BODY_METHODS.contains(request.getMethod()) && hasBody(request)) {
            requireJson(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
    }

    private static void check(MultivaluedMap<String, String> values, String where) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            String why = JsonConfig.unstorable(entry.getKey());
            for (String value : entry.getValue()) {
                if (why == null && value != null) {
                    why = JsonConfig.unstorable(value);
                }
            }
            if (why != null) {
                throw new ProblemException(ProblemType.VALIDATION, "The " + where + " parameter '"
                        + printable(entry.getKey()) + "' " + why,
                        List.of(new Problem.FieldError(printable(entry.getKey()), why)));
            }
        }
    }

    /** Read from the headers: the body itself is not read yet when filters run. */
    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.strip().equals("0")) || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Say what the body is: send it with Content-Type: application/json");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header cannot be read");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "JSON bodies are UTF-8; charset '" + printable(charset) + "' is not accepted");
        }
    }

    /** A name as it can be shown back: without the characters that made it unusable. */
    private static String printable(String text) {
        String shown = text.replace('\u0000', '?').replaceAll("[\\uD800-\\uDFFF]", "?");
        return shown.length() > 64 ? shown.substring(0, 64) + "…" : shown;
    }
}
