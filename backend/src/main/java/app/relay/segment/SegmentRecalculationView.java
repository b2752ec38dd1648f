package app.relay.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recalculation: who it moves where (a preview), or whom it moved (applied). */
@Schema(name = "SegmentRecalculation")
public record SegmentRecalculationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = {"previewed", "applied", "stale"}) String state,
        @Schema(required = true, description = "the company's day the rules were read on") LocalDate asOf,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true, description = "clients whose segment or lifecycle the rules change") int moves,
        @Schema(description = "clients moved when applied (one changed by a person meanwhile is left)") Integer applied,
        Instant appliedAt,
        @Schema(required = true, description = "segment → segment, how many clients") List<Change> segments,
        @Schema(required = true, description = "lifecycle → lifecycle, how many clients") List<Change> lifecycles,
        @Schema(required = true, description = "the first moves, by client name") List<Move> sample) {

    @Schema(name = "SegmentRecalculationChange")
    public record Change(String from, String to, @Schema(required = true) long clients) {
    }

    @Schema(name = "SegmentRecalculationMove")
    public record Move(@Schema(required = true) UUID clientId, String clientName, String fromSegment, String toSegment,
            @Schema(required = true) String fromLifecycle, @Schema(required = true) String toLifecycle) {
    }

    /** `preview: true` lists who would move; `recalculationId` applies that preview exactly; neither applies now. */
    @Schema(name = "SegmentRecalculationInput")
    public record Input(Boolean preview, UUID recalculationId) {
    }
}
