package app.relay.segment;

import app.relay.common.Names;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller writes on a segment. PATCH takes a JSON merge patch of it; the key stays. */
@Schema(name = "SegmentInput")
public record SegmentInput(
        @Schema(required = true, description = "lower-case letters, digits and dashes; never changes",
                pattern = "^[a-z][a-z0-9-]{0,15}$")
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,15}", message = "must be lower-case letters, digits and dashes "
                + "(at most 16), starting with a letter") String key,
        @Schema(required = true) @NotNull @Valid Names names,
        @Schema(required = true, description = "1 is the highest; no two segments share a rank")
        @NotNull @Min(1) @Max(1000) Integer rank,
        @Schema(required = true, description = "#rrggbb", pattern = "^#[0-9a-fA-F]{6}$")
        @NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour such as #862e9c") String colour,
        @Schema(required = true) @NotNull @Valid SegmentRule rule,
        @Schema(description = "how often its clients should be contacted, in days (none: no rhythm)")
        @Min(1) @Max(366) Integer contactRhythmDays,
        @Schema(description = "working days a successor has to reach each of its clients after a handover (none: the "
                + "company's default)")
        @Min(1) @Max(60) Integer firstContactDays,
        @Schema(description = "a top segment (default false): narrower field rules, a head of sales confirms "
                + "successors and moves clients in or out by hand") Boolean supervised) {
}
