package app.relay.handover;

import app.relay.client.ClientView;
import app.relay.letter.LetterView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One client of a handover, with the client file as the reader may see it. */
@Schema(name = "HandoverItem")
public record HandoverItemView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID handoverId,
        @Schema(required = true) UUID clientId,
        @Schema(description = "absent when the field rules withhold the client's name") String clientName,
        @Schema(description = "what the client file knows, under the reader's field rules") ClientView client,
        @Schema(required = true, description = "what the leaver holds at the client: owner, co-owner, partner, …")
        List<String> kinds,
        @Schema(description = "a rotation's manager whose client it is until completion (the leaver otherwise)")
        String holderId,
        String holderName,
        String suggestedSuccessorId,
        String suggestedSuccessorName,
        String successorId,
        String successorName,
        String stateOfWork,
        @Schema(description = "absent when the field rules withhold it") List<UrgentMatter> urgentMatters,
        @Schema(required = true) boolean reviewed,
        Instant reviewedAt,
        String reviewedBy,
        @Schema(description = "when its successor acknowledged it (after completion)") Instant acknowledgedAt,
        @Schema(description = "why a supervisor holds the client's letter back; absent when it goes") String letterHoldReason,
        @Schema(required = true, description = "the letters telling the client's contact persons of the new manager: "
                + "a preview for supervisors until completion, then as written, each with where it stands")
        List<LetterView> letters,
        @Schema(required = true) long version,
        @Schema(required = true, description = "stateOfWork and urgentMatters when the field rules withhold or mask them")
        List<String> redactedFields) {

    public HandoverItemView {
        redactedFields = redactedFields == null ? List.of() : redactedFields;
        letters = letters == null ? List.of() : letters;
    }

    /** This item with its write-up withheld, for a reader who may not open its client. */
    HandoverItemView withheld() {
        return new HandoverItemView(id, handoverId, clientId, clientName, client, kinds, holderId, holderName,
                suggestedSuccessorId,
                suggestedSuccessorName, successorId, successorName, null, null, reviewed, reviewedAt, reviewedBy,
                acknowledgedAt, null, List.of(), version, List.of("stateOfWork", "urgentMatters"));
    }

    @Schema(name = "HandoverItemPage")
    public record Page(@Schema(required = true) List<HandoverItemView> items, String nextCursor) {
    }
}
