package app.relay.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded change of a client, one of its contact persons, or one of its parties (besides owner and co-owner). */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        @Schema(required = true) long id,
        @Schema(required = true) Instant at,
        @Schema(required = true) String actorId,
        String actorName,
        @Schema(required = true, enumeration = {"client", "contact", "party"}) String entityType,
        @Schema(required = true) UUID entityId,
        @Schema(description = "Whom a contact or party entry is about: the contact person's or the party member's "
                + "name now, as the field rules let you read it (masked or absent otherwise)")
        String subjectName,
        @Schema(required = true, enumeration = {"created", "updated", "deleted", "restored"}) String action,
        @Schema(required = true, description = "Changed fields (API names), each with `from` and `to`, "
                + "as the field rules let you read them now")
        Map<String, Change> changes,
        @Schema(required = true, description = "Changed fields withheld (absent from `changes`) or masked for you")
        List<String> redactedFields,
        @Schema(required = true, description = "Names of the people whose ids the readable `changes` hold "
                + "(owner, co-owner, party member), by id")
        Map<String, String> people,
        @Schema(description = "The handover this change was part of, when a handover's completion (or a correction "
                + "of it) made it") UUID handoverId,
        @Schema(required = true, description = "True when the change corrected a completed handover: a client given "
                + "to another successor") boolean handoverCorrection) {

    private static final String HANDOVER = "handover:";
    private static final String CORRECTION = "handover-correction:";

    /** The handover named by a change's context (`handover:<id>` or `handover-correction:<id>`), if any. */
    public static UUID handoverOf(String context) {
        if (context == null) {
            return null;
        }
        String prefix = context.startsWith(HANDOVER) ? HANDOVER : context.startsWith(CORRECTION) ? CORRECTION : null;
        return prefix == null ? null : UUID.fromString(context.substring(prefix.length()));
    }

    public static boolean isCorrection(String context) {
        return context != null && context.startsWith(CORRECTION);
    }

    /** A field's value before and after. */
    @Schema(name = "FieldChange")
    public record Change(Object from, Object to) {
    }

    /** Newest first; pass `nextCursor` back as `cursor` for older entries. */
    @Schema(name = "HistoryPage")
    public record Page(@Schema(required = true) List<HistoryEntry> items, String nextCursor) {
    }
}
