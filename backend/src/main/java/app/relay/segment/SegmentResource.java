package app.relay.segment;

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

/** The company's segments: read by everyone, made and changed by the director and admins. */
@Path("/api/v1/segments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
public class SegmentResource {
    private final SegmentService service;

    SegmentResource(SegmentService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every segment, highest rank first")
    public SegmentView.Page list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a segment (the director, admins)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SegmentView.class)))
    public Response create(SegmentInput input) {
        SegmentView segment = service.create(input);
        return Response.created(URI.create("/api/v1/segments/" + segment.id()))
                .header("ETag", ETags.of(segment.version())).entity(segment).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One segment; the ETag header carries its version")
    @APIResponse(responseCode = "200", description = "The segment",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SegmentView.class)))
    public Response get(@RestPath UUID id) {
        SegmentView segment = service.get(id);
        return Response.ok(segment).header("ETag", ETags.of(segment.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a segment with a JSON merge patch (not its key); If-Match is required")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = SegmentInput.class)))
    @APIResponse(responseCode = "200", description = "The changed segment",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SegmentView.class)))
    public Response patch(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        SegmentView segment = service.patch(id, ifMatch, patch);
        return Response.ok(segment).header("ETag", ETags.of(segment.version())).build();
    }
}
