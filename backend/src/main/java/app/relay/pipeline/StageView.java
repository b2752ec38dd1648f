package app.relay.pipeline;

import app.relay.common.Names;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage as the API shows it. */
@Schema(name = "Stage")
public record StageView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String key,
        @Schema(required = true) Names names,
        @Schema(required = true) Phase phase,
        @Schema(required = true) int position,
        @Schema(description = "when it was archived: no client moves to it any more") Instant archivedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy,
        @Schema(required = true) long version) {

    static StageView of(Stage s) {
        return new StageView(s.id, s.key, s.names, s.phase, s.position, s.archivedAt, s.updatedAt, s.updatedBy,
                s.version);
    }

    /** Every stage in the board's order, archived ones too (their names still show in timelines). */
    @Schema(name = "StagePage")
    public record Page(@Schema(required = true) List<StageView> items, String nextCursor) {
    }
}
