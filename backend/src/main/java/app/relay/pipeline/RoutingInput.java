package app.relay.pipeline;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's rule for a phase, as its supervisor sets it. */
@Schema(name = "RoutingInput")
public record RoutingInput(@Schema(required = true) @NotNull RoutingRule rule) {
}
