package app.relay.handover;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the successor must do for the client, and by when. */
@Schema(name = "UrgentMatter")
public record UrgentMatter(
        @Schema(required = true, maxLength = 1000) @NotBlank @Size(max = 1000) String text,
        // Stored as JSON by Hibernate's own mapper: a day as "2027-01-15", as written by hand and in the history.
        @Schema(required = true) @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate due) {
}
