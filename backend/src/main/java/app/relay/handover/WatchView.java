package app.relay.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The exfiltration watch of a departure: how much the person leaving read and exported each day since the handover
 * began, beside their usual daily volume before it; the days beyond the threshold are flagged, with the largest
 * reads of those days from the audit log as evidence (for those who may read the audit log).
 */
@Schema(name = "LeaverWatch")
public record WatchView(
        @Schema(required = true) UUID handoverId,
        @Schema(required = true, description = "records read, listed or exported on an active day, on average, over "
                + "the 30 days before the handover began") int usualPerDay,
        @Schema(required = true, description = "a day above this is flagged") int threshold,
        @Schema(required = true, description = "each day since the handover began, newest first") List<Day> days,
        @Schema(required = true, description = "the largest reads of the flagged days; empty without the right to "
                + "read the audit log") List<Evidence> evidence) {

    @Schema(name = "LeaverWatchDay")
    public record Day(@Schema(required = true) LocalDate day, @Schema(required = true) int records,
            @Schema(required = true) boolean flagged) {
    }

    @Schema(name = "LeaverWatchEvidence")
    public record Evidence(@Schema(required = true) Instant at, @Schema(required = true) String action,
            @Schema(required = true) String entityType, @Schema(required = true) int records, String detail,
            String sourceIp) {
    }
}
