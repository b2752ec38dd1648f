package app.relay.pipeline;

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

/** A client on the conveyor: moving it to a stage, and the timeline of its moves. */
@Path("/api/v1/clients/{clientId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
public class ClientStageResource {
    private final StageMoves moves;
    private final StageTimeline timeline;

    ClientStageResource(StageMoves moves, StageTimeline timeline) {
        this.moves = moves;
        this.timeline = timeline;
    }

    @POST
    @Path("/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the client to a stage, saying why and the next step. Into a new phase it is handed on "
            + "by the team's rule (a lead once Money, Authority and Need are said); lost needs a reason; back a phase "
            + "is for a head of sales or the director. Answers the move (the mover may no longer see the client)")
    public StageMoveView move(@RestPath UUID clientId, StageMoveInput input) {
        return moves.move(clientId, input);
    }

    @GET
    @Path("/stage-moves")
    @Operation(summary = "The client's moves on the conveyor, newest first")
    public StageMoveView.Page timeline(@RestPath UUID clientId) {
        return timeline.of(clientId);
    }
}
