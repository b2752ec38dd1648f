package app.relay.order;

import app.relay.common.Cursors;
import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** The orders of one client. */
@Path("/api/v1/clients/{clientId}/orders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class ClientOrderResource {
    private final OrderService service;
    private final Cursors cursors;

    ClientOrderResource(OrderService service, Cursors cursors) {
        this.service = service;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "The orders of a client, newest first, a page at a time")
    public OrderView.Page list(@RestPath UUID clientId,
            @Parameter(description = "page size (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @RestQuery String limit,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor) {
        return service.list(clientId, QueryParams.intBetween("limit", limit, 50, 1, 200), cursors.open(cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an order of this client; with an externalId, posting it again answers the same order")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "Posted before with this externalId and the same values",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "422", description = "Unknown currency, or no exchange rate for the order's date")
    public Response create(@RestPath UUID clientId, OrderInput input) {
        return OrderResource.posted(service.create(clientId, input));
    }
}
