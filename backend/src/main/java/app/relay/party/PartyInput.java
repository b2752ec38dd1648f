package app.relay.party;

import app.relay.access.PartyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to add in front of a client. */
@Schema(name = "PartyInput")
public record PartyInput(
        @Schema(required = true) @NotBlank @Size(max = 64) String userId,
        @Schema(required = true, enumeration = {"partner", "temporary-owner", "executive-sponsor"},
                description = "owner and co-owner are set on the client (`ownerId`, `coOwnerId`); a handover names successors")
        @NotNull PartyKind kind,
        @Schema(description = "what a partner does for the client") @Size(max = 500) String duties,
        @Schema(description = "from when (default: now)") Instant validFrom,
        @Schema(description = "until when; required for a temporary owner") Instant validTo) {
}
