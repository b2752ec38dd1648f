package app.relay.people;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person in the directory, for owner and successor pickers. */
@Schema(name = "UserSummary")
public record UserSummary(
        @Schema(required = true) String id,
        @Schema(required = true) String username,
        @Schema(required = true) String name,
        @Schema(required = true) List<String> teams,
        @Schema(required = true) List<String> roles,
        @Schema(description = "Set once the person was marked as leaving; their access ended then") Instant departedAt,
        @Schema(required = true, description = "False when the account is disabled in Keycloak (synchronised every "
                + "few minutes): they cannot sign in, whether or not Relay knows they left") boolean enabledInKeycloak,
        @Schema(description = "Once the person has left, to those who supervise them: where closing their Keycloak "
                + "account stands")
        AccountClosingView accountClosing,
        @Schema(required = true, description = "What you may do with this person: `depart` (mark them as leaving)")
        List<String> allowedActions) {

    /** The directory page. */
    @Schema(name = "UserPage")
    public record Page(@Schema(required = true) List<UserSummary> items) {
    }
}
