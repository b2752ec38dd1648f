package app.relay.common;

/** The stable problem types Relay answers with; clients may switch on `type`. */
public enum ProblemType {
    VALIDATION("validation", "Invalid input", 400),
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    UNAUTHORIZED("unauthorized", "Not signed in", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    DEPARTED("departed", "Access ended", 403),
    NOTICE_PERIOD("notice-period", "Open for the handover only", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    CONFLICT("conflict", "Conflicting change", 409),
    UNPROCESSABLE("unprocessable", "Cannot be processed", 422),
    STALE_VERSION("stale-version", "Changed by someone else", 412),
    PRECONDITION_REQUIRED("precondition-required", "If-Match required", 428),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request too large", 413),
    URI_TOO_LONG("uri-too-long", "Request line too long", 414),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    UNAVAILABLE("unavailable", "Temporarily unavailable", 503),
    INTERNAL("internal", "Unexpected error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
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
        return status;
    }
}
