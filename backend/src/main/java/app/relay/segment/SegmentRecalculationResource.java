package app.relay.segment;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Segments recalculated on demand by a head of sales or the director, within what they see. */
@Path("/api/v1/segments/recalculation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
public class SegmentRecalculationResource {
    private final SegmentRecalculations recalculations;

    SegmentRecalculationResource(SegmentRecalculations recalculations) {
        this.recalculations = recalculations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "preview: true lists who the rules move where; recalculationId applies that preview exactly "
            + "(409 when orders, segments or clients changed since); neither applies the rules now")
    public SegmentRecalculationView recalculate(SegmentRecalculationView.Input input) {
        return recalculations.handle(input);
    }
}
