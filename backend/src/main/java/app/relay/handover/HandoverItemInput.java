package app.relay.handover;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the leaver or a supervisor writes on an item; sent as a JSON merge patch. */
@Schema(name = "HandoverItemInput")
public record HandoverItemInput(
        @Schema(maxLength = 64, description = "who takes the client over (supervisors only)") @Size(max = 64) String successorId,
        @Schema(maxLength = 20000) @Size(max = 20000) String stateOfWork,
        @Schema(maxItems = 50) @Size(max = 50) List<@NotNull @Valid UrgentMatter> urgentMatters,
        @Schema(description = "the item is written up and checked") Boolean reviewed) {
}
