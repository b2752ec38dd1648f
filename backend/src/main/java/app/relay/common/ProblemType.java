package app.relay.common;

import jakarta.ws.rs.core.Response.Status;

/** The stable problem types Relay answers with; clients may switch on `type`. */
public enum ProblemType {
    VALIDATION("validation", "Invalid input", Status.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request", Status.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Not signed in", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Not allowed", Status.FORBIDDEN),
    DEPARTED("departed", "Access ended", Status.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", Status.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", Status.UNSUPPORTED_MEDIA_TYPE),
    CONFLICT("conflict", "Conflicting change", Status.CONFLICT),
    STALE_VERSION("stale-version", "Changed by someone else", Status.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED("precondition-required", "If-Match required", Status.fromStatusCode(428)),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request too large", Status.REQUEST_ENTITY_TOO_LARGE),
    UNAVAILABLE("unavailable", "Temporarily unavailable", Status.SERVICE_UNAVAILABLE),
    INTERNAL("internal", "Unexpected error", Status.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final String title;
    private final Status status;

    ProblemType(String slug, String title, Status status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status.getStatusCode();
    }
}
