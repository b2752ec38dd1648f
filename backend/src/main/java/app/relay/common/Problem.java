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

    /** One offending input field; `field` is the JSON path, e.g. `channels[0].value`. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
    }
}
