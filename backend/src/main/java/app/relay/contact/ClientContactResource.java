package app.relay.contact;

import app.relay.common.Cursors;
import app.relay.common.ETags;
import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The contact persons of one client. */
@Path("/api/v1/clients/{clientId}/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ClientContactResource {
    private final ContactService service;
    private final Cursors cursors;

    ClientContactResource(ContactService service, Cursors cursors) {
        this.service = service;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "The contact persons of a client, by name, a page at a time")
    public ContactView.Page list(@RestPath UUID clientId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String deleted,
            @Parameter(description = "page size (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @RestQuery String limit,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor) {
        return service.list(clientId, QueryParams.bool("deleted", deleted),
                QueryParams.intBetween("limit", limit, 100, 1, 200), cursors.open(cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact person; phones without a prefix take the client's country")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response create(@RestPath UUID clientId, ContactInput input) {
        ContactView created = service.create(clientId, input);
        return Response.created(URI.create("/api/v1/contacts/" + created.id()))
                .header("ETag", ETags.of(created.version())).entity(created).build();
    }
}
