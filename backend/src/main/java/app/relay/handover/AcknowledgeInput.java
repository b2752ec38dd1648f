package app.relay.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A successor's "I have read the state of work and the urgent matters": of the listed items, or of all theirs. */
@Schema(name = "HandoverAcknowledgement")
public record AcknowledgeInput(
        @Schema(maxItems = 10000, description = "the items acknowledged; absent or empty for every item of yours")
        @Size(max = 10000) List<@NotNull UUID> itemIds) {
}
