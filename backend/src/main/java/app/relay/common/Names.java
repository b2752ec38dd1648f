package app.relay.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name the company gives (a segment, a pipeline stage) in each of Relay's languages; English is required, the others fall back to it. */
@Schema(name = "Names")
public record Names(
        @Schema(required = true, maxLength = 60) @NotBlank @Size(max = 60) String en,
        @Schema(maxLength = 60) @Size(max = 60) String ro,
        @Schema(maxLength = 60) @Size(max = 60) String ru,
        @Schema(maxLength = 60) @Size(max = 60) String es) {

    public Names stripped() {
        return new Names(en.strip(), blankless(ro), blankless(ru), blankless(es));
    }

    private static String blankless(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
