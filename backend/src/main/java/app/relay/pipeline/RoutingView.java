package app.relay.pipeline;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How clients entering a phase in a team find their owner; the ETag of a change is its version. */
@Schema(name = "Routing")
public record RoutingView(
        @Schema(required = true) String team,
        @Schema(required = true, description = "sales or account: the phases a client is handed into") Phase phase,
        @Schema(required = true) RoutingRule rule,
        @Schema(required = true) long version,
        @Schema(description = "null while the rule is the default, never changed") Instant updatedAt,
        String updatedBy) {

    /** The rules of the teams the caller supervises, by team then phase. */
    @Schema(name = "RoutingPage")
    public record Page(@Schema(required = true) List<RoutingView> items) {
    }
}
