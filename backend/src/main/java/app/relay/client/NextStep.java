package app.relay.client;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What must be done next with a client, and by when: agreed with each move on the conveyor. */
@Schema(name = "NextStep")
public record NextStep(
        @Schema(required = true, maxLength = 500) @NotBlank @Size(max = 500) String text,
        // Stored as JSON by Hibernate's own mapper: a day as "2026-12-01" (not [2026, 12, 1]), as the history tells it.
        @Schema(description = "by when (a day)") @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate due) {
}
