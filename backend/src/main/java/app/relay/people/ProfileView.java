package app.relay.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's profile as clients see it: the corporate phone and mailbox that belong to the company and pass to a
 * successor with the clients. Letters telling clients about a new manager name these (the Keycloak e-mail when
 * no corporate mailbox is kept).
 */
@Schema(name = "PersonProfile")
public record ProfileView(
        @Schema(description = "The corporate phone, in international form, e.g. +40 21 300 1000", maxLength = 40)
        @Size(max = 40) @Pattern(regexp = "\\+[0-9][0-9 ()-]{4,38}", message = "an international number: + and digits")
        String corporatePhone,
        @Schema(description = "The corporate mailbox", maxLength = 320) @Size(max = 320) @Email String corporateEmail) {
}
