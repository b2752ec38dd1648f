package app.relay.segment;

import app.relay.common.Names;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A segment as the API shows it. */
@Schema(name = "Segment")
public record SegmentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String key,
        @Schema(required = true) Names names,
        @Schema(required = true) int rank,
        @Schema(required = true, description = "#rrggbb") String colour,
        @Schema(required = true) SegmentRule rule,
        Integer contactRhythmDays,
        @Schema(description = "working days a successor has to reach each of its clients after a handover (none: the "
                + "company's default)") Integer firstContactDays,
        @Schema(required = true) boolean supervised,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy,
        @Schema(required = true) long version) {

    static SegmentView of(Segment s) {
        return new SegmentView(s.id, s.key, s.names, s.rank, s.colour, s.rule(), s.contactRhythmDays, s.firstContactDays,
                s.supervised, s.updatedAt, s.updatedBy, s.version);
    }

    /** Every segment, highest first: one page, since a company has a handful. */
    @Schema(name = "SegmentPage")
    public record Page(@Schema(required = true) List<SegmentView> items, String nextCursor) {
    }
}
