package app.relay.letter;

import app.relay.identity.Language;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One client to be told of its new manager: the handover item it comes from, its country's language (for a
 * client without any contact person), who hands over and who takes over
 * (with the corporate channels the letter names), from when, and a supervisor's reason to hold the letter back.
 */
public record LetterRequest(UUID handoverId, UUID itemId, UUID clientId, String clientName, Language clientLanguage,
        String previousName, Successor successor, LocalDate effectiveDate, String holdReason) {

    /** The new manager as clients will know them. */
    public record Successor(String name, String phone, String email) {
    }
}
