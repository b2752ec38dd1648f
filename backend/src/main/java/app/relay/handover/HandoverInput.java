package app.relay.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starting a handover: whose clients, why, and until when the person works. */
@Schema(name = "HandoverInput")
public record HandoverInput(
        @Schema(required = true) @NotNull HandoverKind kind,
        @Schema(required = true, maxLength = 64) @NotBlank @Size(max = 64) String userId,
        @Schema(required = true) @NotNull DepartureReason reason,
        @Schema(required = true, description = "the person's last working day; a dismissal ends access at once")
        @NotNull LocalDate lastWorkingDay,
        @Schema(maxLength = 2000) @Size(max = 2000) String note) {
}
