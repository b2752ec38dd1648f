package app.relay.pipeline;

import app.relay.common.ETags;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The conveyor's stages: read by everyone, made, changed and archived by the director and admins. */
@Path("/api/v1/pipeline/stages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
public class StageResource {
    private final StageService service;

    StageResource(StageService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every stage in the board's order (by phase, then position), archived ones too")
    public StageView.Page list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a stage (the director, admins)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StageView.class)))
    public Response create(StageInput input) {
        StageView stage = service.create(input);
        return Response.created(URI.create("/api/v1/pipeline/stages/" + stage.id()))
                .header("ETag", ETags.of(stage.version())).entity(stage).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stage; the ETag header carries its version")
    @APIResponse(responseCode = "200", description = "The stage",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StageView.class)))
    public Response get(@RestPath UUID id) {
        StageView stage = service.get(id);
        return Response.ok(stage).header("ETag", ETags.of(stage.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a stage with a JSON merge patch (not its key); If-Match is required")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = StageInput.class)))
    @APIResponse(responseCode = "200", description = "The changed stage",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StageView.class)))
    public Response patch(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        StageView stage = service.patch(id, ifMatch, patch);
        return Response.ok(stage).header("ETag", ETags.of(stage.version())).build();
    }
}
