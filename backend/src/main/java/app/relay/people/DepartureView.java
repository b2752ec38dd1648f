package app.relay.people;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of marking someone as leaving. */
@Schema(name = "Departure")
public record DepartureView(
        @Schema(required = true) String userId,
        @Schema(required = true) Instant departedAt,
        @Schema(required = true) String departedBy,
        String note,
        @Schema(required = true, description = "Whether Keycloak disabled the account and ended its sessions; "
                + "Relay refuses the user either way, and keeps trying until Keycloak has done it") boolean keycloakDisabled,
        @Schema(required = true) AccountClosingView accountClosing) {
}
