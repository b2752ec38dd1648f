package app.relay.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Successors for many items at once: one person for the listed items, or the suggested split for all. */
@Schema(name = "SuccessorInput")
public record SuccessorInput(
        @Schema(maxLength = 64, description = "the successor for `itemIds`; leave out with acceptSuggested")
        @Size(max = 64) String successorId,
        @Schema(maxItems = 10000) @Size(max = 10000) List<@NotNull UUID> itemIds,
        @Schema(description = "true gives every item without a successor the one Relay suggested")
        Boolean acceptSuggested) {
}
