package app.relay.segment;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A client's segment by hand: why it is where it is, and overriding the rules (or no longer). */
@Path("/api/v1/clients/{clientId}/segment")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
public class ClientSegmentResource {
    private final ClientSegments segments;

    ClientSegmentResource(ClientSegments segments) {
        this.segments = segments;
    }

    @GET
    @Operation(summary = "The client's segment and whether a person set it (the recalculation then leaves it)")
    public SegmentPlacement get(@RestPath UUID clientId) {
        return segments.get(clientId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the client into a segment by hand, with a reason; pinned: false gives it back to "
            + "the rules. A supervised segment in or out is for a head of sales of its team or the director")
    public SegmentPlacement set(@RestPath UUID clientId, SegmentPlacement.Input input) {
        return segments.set(clientId, input);
    }
}
