package app.relay.client;

import app.relay.common.Cursors;
import app.relay.common.ETags;
import app.relay.common.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The central client file over HTTP. */
@Path("/api/v1/clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
public class ClientResource {
    private final ClientService service;
    private final Cursors cursors;
    private final ClientRepeats repeats;

    ClientResource(ClientService service, Cursors cursors, ClientRepeats repeats) {
        this.service = service;
        this.cursors = cursors;
        this.repeats = repeats;
    }

    @GET
    @Operation(summary = "List and search the clients you may see",
            description = "`q` matches name, tax id and contact names, ignoring case and accents, by fragment.")
    public ClientView.Page list(
            @Parameter(description = "fragment of a name, tax id or contact name") @RestQuery String q,
            @Parameter(schema = @Schema(implementation = Lifecycle.class)) @RestQuery String lifecycle,
            @Parameter(description = "a segment's key") @RestQuery String segment,
            @Parameter(description = "ISO country code") @RestQuery String country,
            @RestQuery String region, @RestQuery String team,
            @Parameter(description = ClientFilter.OWNER_DOC) @RestQuery String ownerId, @RestQuery String tag,
            @Parameter(description = "a pipeline stage's id: its clients only",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestQuery String stageId,
            @Parameter(description = "true lists deleted clients (supervisors only)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String deleted,
            @Parameter(description = "sort order; - prefix for descending", schema = @Schema(enumeration = {
                "name", "-name", "updatedAt", "-updatedAt", "createdAt", "-createdAt"})) @RestQuery String sort,
            @Parameter(description = "page size (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @RestQuery String limit,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "true also counts every matching client you may see (one more query)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String total) {
        return service.list(ClientFilter.parse(q, lifecycle, segment, country, region, team, ownerId, tag, stageId,
                deleted, sort, limit, cursors.open(cursor)), QueryParams.bool("total", total));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a client to the company's file",
            description = "Answers 409 with the existing client in `conflicts` when one has the same name (unless "
                    + "allowDuplicate=true) or the same tax id in the same country.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public Response create(ClientInput input,
            @Parameter(description = "true creates the client even though one with the same name exists "
                    + "(never with the same tax id in the same country)", schema = @Schema(type = SchemaType.BOOLEAN))
            @RestQuery String allowDuplicate) {
        ClientView created = service.create(input, QueryParams.bool("allowDuplicate", allowDuplicate));
        return Response.created(URI.create("/api/v1/clients/" + created.id()))
                .header("ETag", ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/duplicates")
    @Operation(summary = "Check whether a client with this name or tax id already exists, and who owns it")
    public DuplicateCheck duplicates(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 300)) @RestQuery String name,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 64)) @RestQuery String taxId) {
        return repeats.duplicates(name, taxId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One client; the ETag header carries its version for If-Match")
    @APIResponse(responseCode = "200", description = "The client",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public Response get(@RestPath UUID id) {
        return withETag(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a client with a JSON merge patch of ClientInput fields; If-Match is required")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = ClientInput.class)))
    @APIResponse(responseCode = "200", description = "The changed client",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public Response patch(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a client softly; a supervisor can restore it. If-Match is required")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Bring a deleted client back (head of sales, director, admin)")
    public ClientView restore(@RestPath UUID id) {
        return service.restore(id);
    }

    private static Response withETag(ClientView view) {
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }
}
