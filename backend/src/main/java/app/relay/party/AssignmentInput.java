package app.relay.party;

import app.relay.access.PartyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person put in front of many clients at once, in one kind. */
@Schema(name = "AssignmentInput")
public record AssignmentInput(
        @Schema(required = true, maxItems = 500) @NotEmpty @Size(max = 500) List<@NotNull UUID> clientIds,
        @Schema(required = true, enumeration = {"owner", "co-owner", "partner", "temporary-owner", "executive-sponsor"})
        @NotNull PartyKind kind,
        @Schema(required = true) @NotBlank @Size(max = 64) String userId,
        @Schema(description = "for a partner: what they do for the clients") @Size(max = 500) String duties,
        Instant validFrom,
        @Schema(description = "required for a temporary owner") Instant validTo) {
}
