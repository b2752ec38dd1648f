package app.relay.segment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A segment's name in each of Relay's languages; English is required, the others fall back to it. */
@Schema(name = "SegmentNames")
public record SegmentNames(
        @Schema(required = true, maxLength = 60) @NotBlank @Size(max = 60) String en,
        @Schema(maxLength = 60) @Size(max = 60) String ro,
        @Schema(maxLength = 60) @Size(max = 60) String ru,
        @Schema(maxLength = 60) @Size(max = 60) String es) {

    SegmentNames stripped() {
        return new SegmentNames(en.strip(), blankless(ro), blankless(ru), blankless(es));
    }

    private static String blankless(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
