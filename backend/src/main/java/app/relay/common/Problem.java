package app.relay.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
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
        List<FieldError> errors) {

    /** One offending input field; `field` is the JSON path, e.g. `channels[0].value`. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
    }
}
