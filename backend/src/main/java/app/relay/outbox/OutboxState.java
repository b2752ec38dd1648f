package app.relay.outbox;

import java.time.Instant;

/** Where the latest message of a kind about a subject stands: delivered, or still being tried. */
public record OutboxState(long id, boolean delivered, int attempts, String lastError, Instant nextAttemptAt,
        Instant deliveredAt) {
}
