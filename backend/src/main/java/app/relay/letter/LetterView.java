package app.relay.letter;

import app.relay.identity.Language;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A letter to a client's contact person about their new manager: as it would be sent, or as it was. */
@Schema(name = "Letter")
public record LetterView(
        @Schema(description = "absent in a preview (nothing is written until completion)") UUID id,
        @Schema(required = true) UUID clientId,
        @Schema(description = "absent when the client has no contact person at all") UUID contactId,
        String recipientName,
        @Schema(description = "absent when the contact person has no e-mail, or the field rules withhold channels")
        String email,
        @Schema(required = true) Language language,
        @Schema(required = true) String subject,
        @Schema(description = "absent when the field rules withhold the contact persons' names it greets") String body,
        @Schema(required = true) LetterState state,
        @Schema(description = "why it is held, not sent, or failed last time") String reason,
        @Schema(required = true, description = "delivery attempts so far") int attempts,
        Instant sentAt,
        @Schema(description = "when a failed letter is tried again") Instant nextAttemptAt) {

    /** This letter without its recipient's name, nor the text that greets them, for a reader kept from contacts' names. */
    public LetterView withoutRecipient() {
        return new LetterView(id, clientId, contactId, null, email, language, subject, null, state, reason, attempts, sentAt,
                nextAttemptAt);
    }

    /** This letter without why it was held back (a supervisor's note, not everyone's business). */
    public LetterView withoutReason() {
        return new LetterView(id, clientId, contactId, recipientName, email, language, subject, body, state, null,
                attempts, sentAt, nextAttemptAt);
    }

    /** This letter without the recipient's address, for a reader the field rules keep from the client's channels. */
    public LetterView withoutEmail() {
        return new LetterView(id, clientId, contactId, recipientName, null, language, subject, body, state, reason,
                attempts, sentAt, nextAttemptAt);
    }
}
