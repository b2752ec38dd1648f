package app.relay.order;

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

/** Orders over HTTP for integrators (accounting posts them by their own id), and one order. */
@Path("/api/v1/orders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {
    private final OrderService service;

    OrderResource(OrderService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an order of the client named in the body; the same externalId again answers the "
            + "order it made (200), with other values a 409")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "Posted before with this externalId and the same values",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "422", description = "Unknown currency, or no exchange rate for the order's date")
    public Response create(OrderInput input) {
        return posted(service.create(null, input));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One order; the ETag header carries its version")
    @APIResponse(responseCode = "200", description = "The order",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response get(@RestPath UUID id) {
        OrderView order = service.get(id);
        return Response.ok(order).header("ETag", ETags.of(order.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change an order with a JSON merge patch (its status, a payment...); If-Match is required")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = OrderInput.class)))
    @APIResponse(responseCode = "200", description = "The changed order",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "422", description = "Unknown currency, or no exchange rate for the order's date")
    public Response patch(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        OrderView order = service.patch(id, ifMatch, patch);
        return Response.ok(order).header("ETag", ETags.of(order.version())).build();
    }

    static Response posted(OrderService.Posted posted) {
        OrderView order = posted.order();
        Response.ResponseBuilder answer = posted.created()
                ? Response.created(URI.create("/api/v1/orders/" + order.id())) : Response.ok();
        return answer.header("ETag", ETags.of(order.version())).entity(order).build();
    }
}
