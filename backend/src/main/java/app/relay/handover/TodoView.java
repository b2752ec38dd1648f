package app.relay.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One urgent matter a handover left to its successor, as their to-do: what, by when, for which client, and
 * whether it is done. Read from the item under the `handover.urgentMatters` rule.
 */
@Schema(name = "Todo")
public record TodoView(
        @Schema(required = true) UUID itemId,
        @Schema(required = true, description = "the matter's place among the item's urgent matters") int position,
        @Schema(required = true) UUID handoverId,
        @Schema(required = true) UUID clientId,
        @Schema(description = "absent when the field rules withhold the client's name") String clientName,
        @Schema(required = true, description = "who left the matter: the person whose clients were handed over")
        String fromId,
        String fromName,
        @Schema(description = "absent when the field rules withhold the urgent matters (masked, only its first "
                + "letter shows)") String text,
        @Schema(description = "absent with the text") LocalDate due,
        Instant doneAt,
        @Schema(required = true, description = "`text` when the field rules mask it; `text` and `due` when they "
                + "withhold the urgent matters")
        List<String> redactedFields) {

    @Schema(name = "TodoPage")
    public record Page(@Schema(required = true) List<TodoView> items) {
    }
}
