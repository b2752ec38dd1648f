package app.relay.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Being in touch with a client, as it is logged: how, when, with whom, what came of it, what is next. */
@Schema(name = "ActivityInput")
public record ActivityInput(
        @Schema(required = true) @NotNull ActivityKind kind,
        @Schema(description = "when it happened; now when absent, never in the future") Instant happenedAt,
        @Schema(description = "the client's contact persons it was with") @Size(max = 20) List<@NotNull UUID> contactIds,
        @Schema(maxLength = 2000) @Size(max = 2000) String outcome,
        @Schema(maxLength = 500) @Size(max = 500) String nextStep) {
}
