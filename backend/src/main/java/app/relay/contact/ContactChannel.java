package app.relay.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A phone or e-mail of a contact person; `corporate=false` marks a personal channel that leaves with its holder. */
@Schema(name = "ContactChannel")
public record ContactChannel(
        @Schema(required = true) @NotNull ChannelKind kind,
        @Schema(required = true, description = "Phones are returned in E.164 form") @NotBlank @Size(max = 320) String value,
        @Schema(required = true) boolean corporate,
        @Size(max = 60) String label) {

    public ContactChannel withValue(String normalised) {
        return new ContactChannel(kind, normalised, corporate, label);
    }
}
