package app.relay.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the one shape of every error Relay returns. */
@Schema(name = "Problem", description = "RFC 9457 problem detail. `type` is stable; `errors` lists offending fields.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, examples = "/problems/validation") String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        @Schema(required = true) String detail,
        String instance,
        List<FieldError> errors,
        @Schema(description = "Existing records the request would repeat, as far as you may see them")
        List<Conflict> conflicts) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /**
     * An existing record in the way; `id` and `name` are given only when the caller may see it.
     * `matchedOn` names the field that matched (for clients: `name` or `taxId`).
     */
    @Schema(name = "Conflict")
    public record Conflict(@Schema(required = true, enumeration = {"name", "taxId"}) String matchedOn, UUID id, String name, String ownerId,
            String ownerName, Boolean deleted) {
    }

    /**
     * One offending input field; `field` is the JSON path, e.g. `channels[0].value`. `message` is English for
     * people reading the API; `code` (with `limit` where it has one) is stable, for clients that speak other
     * languages.
     */
    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message,
            @Schema(enumeration = {REQUIRED, TOO_LONG, TOO_SHORT, FORMAT, EMAIL, PHONE, PAST, OUT_OF_RANGE, NOT_ALLOWED,
                UNKNOWN_FIELD, WRONG_TYPE, INVALID}, description = "What is wrong, stably; absent where only the "
                    + "message says it") String code,
            @Schema(description = "The bound a `too-long`, `too-short` or `out-of-range` value crossed") Long limit) {
        public static final String REQUIRED = "required";
        public static final String TOO_LONG = "too-long";
        public static final String TOO_SHORT = "too-short";
        public static final String FORMAT = "format";
        public static final String EMAIL = "email";
        public static final String PHONE = "phone";
        public static final String PAST = "past";
        public static final String OUT_OF_RANGE = "out-of-range";
        public static final String NOT_ALLOWED = "not-allowed";
        public static final String UNKNOWN_FIELD = "unknown-field";
        public static final String WRONG_TYPE = "wrong-type";
        public static final String INVALID = "invalid";

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }

        public FieldError(String field, String message, String code) {
            this(field, message, code, null);
        }
    }
}
