package app.relay.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client handed over whose successor has not reached it by the day that was due. */
@Schema(name = "OverdueFirstContact")
public record FirstContactView(
        @Schema(required = true) UUID handoverId,
        @Schema(required = true) UUID itemId,
        @Schema(required = true) UUID clientId,
        @Schema(description = "absent when the field rules withhold the client's name") String clientName,
        @Schema(required = true) String successorId,
        String successorName,
        @Schema(required = true) String leaverId,
        String leaverName,
        @Schema(required = true) LocalDate due) {

    @Schema(name = "OverdueFirstContactList")
    public record Page(@Schema(required = true, description = "oldest due first (at most 500)") List<FirstContactView> items,
            @Schema(required = true, description = "all of them, however many are listed") long total) {
    }
}
