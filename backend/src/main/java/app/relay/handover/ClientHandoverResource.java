package app.relay.handover;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A client's handovers, for its page: what the previous holder left for the successor. */
@Path("/api/v1/clients/{id}/handovers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handovers")
public class ClientHandoverResource {
    private final ClientHandovers handovers;

    ClientHandoverResource(ClientHandovers handovers) {
        this.handovers = handovers;
    }

    @GET
    @Operation(summary = "The client's handovers: state of work and urgent matters left for its successor",
            description = "Completed handovers for everyone who sees the client; open ones only for those who run "
                    + "them and the person leaving. The write-up follows the handover.* field rules.")
    public ClientHandoverView.Page list(@RestPath UUID id) {
        return handovers.of(id);
    }
}
