package app.relay.history;

import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The change history of a client and its contact persons. */
@Path("/api/v1/clients/{clientId}/history")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
public class HistoryResource {
    private static final int MAX_LIMIT = 200;
    private final HistoryService service;

    HistoryResource(HistoryService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every change of the client and its contacts, newest first")
    public HistoryEntry.Page history(@RestPath UUID clientId, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @RestQuery String limit, @RestQuery String cursor) {
        return service.ofClient(clientId, QueryParams.intBetween("limit", limit, 50, 1, MAX_LIMIT), cursor);
    }
}
