package app.relay.people;

import app.relay.identity.Language;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Your own preferences. */
@Schema(name = "MeInput")
public record MeInput(@NotNull @Schema(required = true) Language language) {
}
