package app.relay.letter;

import app.relay.identity.Language;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One client to be told of its new manager (or of a partner): the handover item it comes from, its country's
 * language (for a client without any contact person), who hands over (or stays) and who takes over (or joins),
 * with the corporate channels the letter names, from when, a supervisor's reason to hold the letter back, and a
 * partner's duties.
 */
public record LetterRequest(LetterKind kind, UUID handoverId, UUID itemId, UUID clientId, String clientName,
        Language clientLanguage, String previousName, Successor successor, LocalDate effectiveDate, String holdReason,
        String duties) {

    /** The new manager as clients will know them. */
    public record Successor(String name, String phone, String email) {
    }
}
