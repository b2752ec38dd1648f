package app.relay.contact;

import app.relay.identity.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may write on a contact person. PATCH takes a JSON merge patch of these fields. */
@Schema(name = "ContactInput")
public record ContactInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        @Size(max = 5) List<@NotNull ContactFunction> functions,
        @Size(max = 20) List<@NotNull @Valid ContactChannel> channels,
        PreferredChannel preferredChannel,
        @Past LocalDate birthday,
        @Size(max = 2000) String hobbies,
        @Size(max = 2000) String familyNotes,
        Boolean consent,
        @Schema(description = "The language letters to this person are written in; when absent on creation, the "
                + "client's country's (RO, MD → ro; RU → ru; ES → es; else en)") Language language) {
}
