package app.relay.contact;

import app.relay.common.ETags;
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

/** One contact person over HTTP; the list and creation live under the client. */
@Path("/api/v1/contacts/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {
    private final ContactService service;

    ContactResource(ContactService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "One contact person; the ETag header carries its version")
    @APIResponse(responseCode = "200", description = "The contact person",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response get(@RestPath UUID id) {
        return withETag(service.get(id));
    }

    @PATCH
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a contact person with a JSON merge patch; If-Match is required")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = ContactInput.class)))
    @APIResponse(responseCode = "200", description = "The changed contact person",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response patch(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Operation(summary = "Delete a contact person softly; If-Match is required")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("/restore")
    @Operation(summary = "Bring a deleted contact person back (head of sales, director, admin)")
    public ContactView restore(@RestPath UUID id) {
        return service.restore(id);
    }

    static Response withETag(ContactView view) {
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }
}
