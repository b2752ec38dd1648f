package app.relay.pipeline;

import app.relay.common.ETags;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Per team and phase, how clients entering sales or account management find their owner. */
@Path("/api/v1/pipeline/routing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
public class RoutingResource {
    private final RoutingRules rules;

    RoutingResource(RoutingRules rules) {
        this.rules = rules;
    }

    @GET
    @Operation(summary = "The rules of the teams the caller supervises (the director and admins: every team)")
    public RoutingView.Page list() {
        return rules.list();
    }

    @PUT
    @Path("/{team}/{phase}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a team's rule for a phase (sales or account): round-robin, or head-of-sales (the client "
            + "waits for the head of sales to choose its owner). If-Match is required: the version read, \"0\" for a "
            + "rule never set")
    @APIResponse(responseCode = "200", description = "The rule as set",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoutingView.class)))
    public Response set(@RestPath String team, @RestPath String phase, @HeaderParam("If-Match") String ifMatch,
            RoutingInput input) {
        RoutingView rule = rules.set(team, phase, ifMatch, input);
        return Response.ok(rule).header("ETag", ETags.of(rule.version())).build();
    }
}
