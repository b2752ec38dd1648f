package app.relay.client;

import java.math.BigDecimal;
import java.util.UUID;

/** How many of the clients a caller may see stand at a stage, and what they brought in the last 12 months. */
public record StageTally(UUID stageId, long count, BigDecimal revenue12m) {
}
