package app.relay.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person as the API shows it. */
@Schema(name = "Contact")
public record ContactView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        @Schema(required = true) String fullName,
        String position,
        @Schema(required = true) List<ContactFunction> functions,
        @Schema(required = true) List<ContactChannel> channels,
        PreferredChannel preferredChannel,
        LocalDate birthday,
        String hobbies,
        String familyNotes,
        @Schema(required = true) boolean consent,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant deletedAt,
        @Schema(required = true) long version,
        @Schema(required = true, description = "Fields withheld or masked for the caller by the field rules")
        List<String> redactedFields) {

    /** A page of the contact persons of a client; pass `nextCursor` back as `cursor` for the next one. */
    @Schema(name = "ContactPage")
    public record Page(@Schema(required = true) List<ContactView> items, String nextCursor) {
    }
}
