package app.relay.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What must be done next with a client, and by when: agreed with each move on the conveyor. */
@Schema(name = "NextStep")
public record NextStep(
        @Schema(required = true, maxLength = 500) @NotBlank @Size(max = 500) String text,
        @Schema(description = "by when (a day)") LocalDate due) {
}
