package app.relay.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One move on a client's conveyor timeline. The next step and the owners show as the field rules allow. */
@Schema(name = "StageMove")
public record StageMoveView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        @Schema(required = true) UUID fromStageId,
        @Schema(required = true) UUID toStageId,
        String reason,
        String nextStep,
        LocalDate nextStepDue,
        @Schema(description = "who held the client before the move") String ownerBefore,
        String ownerBeforeName,
        @Schema(description = "who holds it after: the move hands a client on when it enters a new phase")
        String ownerAfter,
        String ownerAfterName,
        @Schema(required = true) String movedBy,
        String movedByName,
        @Schema(required = true) Instant movedAt,
        @Schema(required = true, description = "Fields withheld for the caller by the field rules")
        List<String> redactedFields) {

    /** The properties a reader without the next step's or the owner's field rule does not get. */
    static List<String> withheld(boolean steps, boolean owners) {
        List<String> redacted = new ArrayList<>();
        if (!steps) {
            redacted.addAll(List.of("nextStep", "nextStepDue"));
        }
        if (!owners) {
            redacted.addAll(List.of("ownerBefore", "ownerBeforeName", "ownerAfter", "ownerAfterName"));
        }
        return redacted;
    }

    /** A client's moves, newest first. */
    @Schema(name = "StageMovePage")
    public record Page(@Schema(required = true) List<StageMoveView> items, String nextCursor) {
    }
}
