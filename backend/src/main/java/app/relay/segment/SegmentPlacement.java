package app.relay.segment;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a client stands among the segments, and whether a person put it there (then the rules pass it by). */
@Schema(name = "SegmentPlacement")
public record SegmentPlacement(
        @Schema(description = "a segment's key; absent when the client has none") String segment,
        @Schema(required = true, description = "set by hand: the recalculation leaves it") boolean pinned,
        String reason,
        String pinnedBy,
        String pinnedByName,
        Instant pinnedAt) {

    /** Put a client into a segment by hand, saying why; or, with `pinned: false`, give it back to the rules. */
    @Schema(name = "SegmentPlacementInput")
    public record Input(
            @Schema(description = "the segment's key; required unless pinned is false") @Size(max = 16) String segment,
            @Schema(description = "why, for the next person who wonders", maxLength = 500) @Size(max = 500) String reason,
            @Schema(description = "false: the rules place the client again (default true)") Boolean pinned) {
    }
}
