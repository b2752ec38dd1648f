package app.relay.pipeline;

import app.relay.client.Qualification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a client on the conveyor. */
@Schema(name = "StageMoveInput")
public record StageMoveInput(
        @Schema(required = true, description = "the stage to move to (GET /api/v1/pipeline/stages)")
        @NotNull UUID stageId,
        @Schema(description = "why; required when the client is lost", maxLength = 1000) @Size(max = 1000)
        String reason,
        @Schema(description = "the next step agreed", maxLength = 500) @Size(max = 500) String nextStep,
        @Schema(description = "by when the next step is due (today or later)") LocalDate nextStepDue,
        @Schema(description = "Money, Authority, Need: all three are needed (here or already on the client) before a "
                + "lead passes to sales") @Valid Qualification qualification,
        @Schema(description = "the stage the caller saw the client at: when it has moved since, the move is refused "
                + "(409) rather than made on stale sight") UUID fromStageId,
        @Schema(description = "who takes the client into its next phase, chosen by someone who may assign owners; "
                + "without it the team's rule hands it on (the owner keeps it if they work in that phase, else the "
                + "next person of that phase in turn)", maxLength = 64) @Size(max = 64) String ownerId) {
}
