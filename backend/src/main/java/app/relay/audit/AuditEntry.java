package app.relay.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited access to client data. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        @Schema(required = true) long id,
        @Schema(required = true) Instant at,
        @Schema(required = true) String actorId,
        String actorName,
        @Schema(required = true) AuditAction action,
        @Schema(required = true) String entityType,
        UUID entityId,
        UUID clientId,
        @Schema(description = "The client's name, when the reader of the log may see that client and its name")
        String clientName,
        @Schema(required = true) int recordCount,
        String sourceIp,
        String detail) {

    /** Newest first; pass `nextCursor` back as `cursor` for older entries. */
    @Schema(name = "AuditPage")
    public record Page(@Schema(required = true) List<AuditEntry> items, String nextCursor) {
    }
}
