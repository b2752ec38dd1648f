package app.relay.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a client's letter is held back (the client is told some other way, or not yet). */
@Schema(name = "LetterHoldInput")
public record LetterHoldInput(@Schema(required = true, maxLength = 500) @NotBlank @Size(max = 500) String reason) {
}
