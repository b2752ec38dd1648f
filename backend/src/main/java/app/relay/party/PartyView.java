package app.relay.party;

import app.relay.access.PartyKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person standing (or having stood) in front of a client. */
@Schema(name = "Party")
public record PartyView(
        @Schema(required = true) UUID id,
        @Schema(description = "absent when the field rules mask this kind for you") String userId,
        String userName,
        @Schema(required = true, enumeration = {"owner", "co-owner", "partner", "temporary-owner", "successor",
                "executive-sponsor", "finder", "qualifier", "closer"}) PartyKind kind,
        String duties,
        @Schema(required = true) Instant validFrom,
        Instant validTo,
        @Schema(description = "when the party was removed or its time ran out") Instant endedAt,
        @Schema(required = true, description = "counts now: not ended and within its dates") boolean standing,
        @Schema(required = true) long version) {

    /** The parties of a client; kinds the field rules hide from you are listed, not their people. */
    @Schema(name = "PartyList")
    public record Page(@Schema(required = true) List<PartyView> items,
            @Schema(required = true, description = "kinds withheld from you by the field rules") List<String> redactedKinds) {
    }
}
