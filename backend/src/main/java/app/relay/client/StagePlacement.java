package app.relay.client;

import java.util.UUID;

/**
 * Where a move on the conveyor puts a client: its stage and phase, the lifecycle that goes with them, its owner
 * (handed on by the team's rule, or `ownerChosen` by a supervisor), its qualification and next step (null: kept).
 */
public record StagePlacement(UUID stageId, String phase, Lifecycle lifecycle, String ownerId, boolean ownerChosen,
        Qualification qualification, NextStep nextStep) {
}
