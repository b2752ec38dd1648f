package app.relay.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completed item given to another successor: a wrong choice corrected, with why. */
@Schema(name = "HandoverCorrectionInput")
public record CorrectionInput(
        @Schema(required = true, maxLength = 64, description = "the new successor") @NotBlank @Size(max = 64)
        String successorId,
        @Schema(required = true, maxLength = 500, description = "why the first choice was wrong") @NotBlank
        @Size(max = 500) String reason) {
}
