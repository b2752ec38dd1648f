package app.relay.party;

import app.relay.common.ETags;
import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The people standing in front of one client. */
@Path("/api/v1/clients/{id}/parties")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class PartyResource {
    private final PartyService service;

    PartyResource(PartyService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Who stands in front of the client: owner, co-owner, partners, temporary owners, sponsors")
    public PartyView.Page list(@RestPath UUID id,
            @Parameter(description = "true also lists parties that ended (who held the client when)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String ended) {
        return service.list(id, QueryParams.bool("ended", ended));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a partner, temporary owner or executive sponsor (assignment rights per kind)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PartyView.class)))
    public Response add(@RestPath UUID id, PartyInput input) {
        PartyView added = service.add(id, input);
        return Response.created(URI.create("/api/v1/clients/" + id + "/parties/" + added.id()))
                .header("ETag", ETags.of(added.version())).entity(added).build();
    }

    @DELETE
    @Path("/{partyId}")
    @Operation(summary = "End a party; it stays on record. If-Match (the party's version) is required")
    @APIResponse(responseCode = "204", description = "Ended")
    public void end(@RestPath UUID id, @RestPath UUID partyId, @HeaderParam("If-Match") String ifMatch) {
        service.end(id, partyId, ifMatch);
    }
}
