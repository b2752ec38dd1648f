package app.relay.contact;

import app.relay.identity.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person as the API shows it. Fields the field rules may withhold from a caller are optional. */
@Schema(name = "Contact")
public record ContactView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        String fullName,
        String position,
        List<ContactFunction> functions,
        List<ContactChannel> channels,
        PreferredChannel preferredChannel,
        LocalDate birthday,
        String hobbies,
        String familyNotes,
        Boolean consent,
        @Schema(description = "The language letters to this person are written in") Language language,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Who saved the current version") String updatedBy,
        Instant deletedAt,
        @Schema(required = true) long version,
        @Schema(required = true, description = "Fields withheld or masked for the caller by the field rules")
        List<String> redactedFields) {

    /** A page of the contact persons of a client; pass `nextCursor` back as `cursor` for the next one. */
    @Schema(name = "ContactPage")
    public record Page(@Schema(required = true) List<ContactView> items, String nextCursor) {
    }
}
