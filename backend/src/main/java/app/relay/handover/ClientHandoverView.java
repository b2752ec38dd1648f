package app.relay.handover;

import app.relay.letter.LetterView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client's handover left for whoever holds it now: from whom to whom, and the write-up (under the
 * `handover.stateOfWork` and `handover.urgentMatters` field rules).
 */
@Schema(name = "ClientHandover")
public record ClientHandoverView(
        @Schema(required = true) UUID handoverId,
        @Schema(required = true) UUID itemId,
        @Schema(required = true) HandoverState state,
        @Schema(required = true) String leaverId,
        String leaverName,
        String successorId,
        String successorName,
        @Schema(description = "when the clients moved; absent until completed") Instant completedAt,
        String stateOfWork,
        @Schema(description = "absent when the field rules withhold it") List<UrgentMatter> urgentMatters,
        @Schema(required = true, description = "the letters that told the client's contact persons of the new manager, "
                + "each with where it stands (completed handovers)") List<LetterView> letters,
        @Schema(required = true, description = "stateOfWork and urgentMatters when the field rules withhold or mask them")
        List<String> redactedFields) {

    public ClientHandoverView {
        redactedFields = redactedFields == null ? List.of() : redactedFields;
        letters = letters == null ? List.of() : letters;
    }

    @Schema(name = "ClientHandoverList")
    public record Page(@Schema(required = true) List<ClientHandoverView> items) {
    }
}
