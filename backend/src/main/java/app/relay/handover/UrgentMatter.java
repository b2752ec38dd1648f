package app.relay.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the successor must do for the client, and by when. */
@Schema(name = "UrgentMatter")
public record UrgentMatter(
        @Schema(required = true, maxLength = 1000) @NotBlank @Size(max = 1000) String text,
        @Schema(required = true) @NotNull LocalDate due) {
}
