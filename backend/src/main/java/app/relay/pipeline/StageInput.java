package app.relay.pipeline;

import app.relay.common.Names;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller writes on a stage. PATCH takes a JSON merge patch of it; the key stays, the phase too once used. */
@Schema(name = "StageInput")
public record StageInput(
        @Schema(required = true, description = "lower-case letters, digits and dashes; never changes",
                pattern = "^[a-z][a-z0-9-]{0,31}$")
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be lower-case letters, digits and dashes "
                + "(at most 32), starting with a letter") String key,
        @Schema(required = true) @NotNull @Valid Names names,
        @Schema(required = true) @NotNull Phase phase,
        @Schema(required = true, description = "the order on the board within its phase; no two stages share one")
        @NotNull @Min(1) @Max(10000) Integer position,
        @Schema(description = "true archives the stage (refused while clients stand at it), false brings it back")
        Boolean archived) {
}
