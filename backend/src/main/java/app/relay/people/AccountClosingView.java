package app.relay.people;

import app.relay.outbox.OutboxState;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where closing a departed person's Keycloak account stands: done, or tried again until Keycloak answers. */
@Schema(name = "AccountClosing")
public record AccountClosingView(
        @Schema(required = true, description = "`closed`: Keycloak disabled the account and ended its sessions; "
                + "`retrying`: Keycloak could not be told yet (Relay refuses the person meanwhile)") State state,
        @Schema(required = true) int attempts,
        @Schema(description = "Why the last attempt failed, while retrying") String lastError,
        @Schema(description = "When it is tried next, while retrying") Instant nextAttemptAt,
        Instant closedAt) {

    public enum State { closed, retrying }

    static AccountClosingView of(OutboxState state) {
        return new AccountClosingView(state.delivered() ? State.closed : State.retrying, state.attempts(),
                state.lastError(), state.delivered() ? null : state.nextAttemptAt(), state.deliveredAt());
    }
}
