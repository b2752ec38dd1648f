package app.relay.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A departure's commitments: the non-compete record and the corporate channels passed on. Until a supervisor records
 * them they are suggested (`recorded` false, version 0): the VIP and key clients of the handover, the person's
 * corporate phone and mailbox, the successor with most clients receiving them.
 */
@Schema(name = "Commitments")
public record CommitmentView(
        @Schema(required = true) UUID handoverId,
        @Schema(required = true, description = "false while these are suggestions nobody recorded yet") boolean recorded,
        @Schema(required = true) boolean nonCompeteSigned,
        LocalDate signedOn,
        @Schema(required = true) LocalDate nonCompeteEndsOn,
        @Schema(required = true, description = "the key clients it covers (names under the reader's field rules)")
        List<KeyClient> keyClients,
        String phoneNumber,
        String phoneTo,
        String phoneToName,
        String mailbox,
        String mailboxTo,
        String mailboxToName,
        String note,
        Instant updatedAt,
        String updatedBy,
        @Schema(required = true, description = "for If-Match: 0 until recorded") long version) {

    @Schema(name = "CommitmentKeyClient")
    public record KeyClient(@Schema(required = true) UUID clientId,
            @Schema(description = "absent when the reader may not see it") String clientName) {
    }
}
