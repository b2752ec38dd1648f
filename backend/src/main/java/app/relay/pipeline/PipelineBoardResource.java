package app.relay.pipeline;

import app.relay.client.ClientFilter;
import app.relay.common.Cursors;
import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The conveyor as a board, under the caller's row scope and field rules. */
@Path("/api/v1/pipeline/board")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
public class PipelineBoardResource {
    private static final int DEFAULT_CARDS = 20;
    private static final int MAX_CARDS = 100;

    private final PipelineBoard board;
    private final Cursors cursors;

    PipelineBoardResource(PipelineBoard board, Cursors cursors) {
        this.board = board;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "The pipeline board: per active stage the clients you may see, counted, their 12-month revenue "
            + "summed, and the first cards; with stageId (and that column's nextCursor as cursor), that column alone")
    public BoardView board(
            @Parameter(description = "fragment of a name, tax id or contact name") @RestQuery String q,
            @Parameter(description = "a segment's key") @RestQuery String segment,
            @Parameter(description = "ISO country code") @RestQuery String country, @RestQuery String region,
            @RestQuery String team, @Parameter(description = ClientFilter.OWNER_DOC) @RestQuery String ownerId,
            @RestQuery String tag,
            @Parameter(description = "one column only: a stage's id",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestQuery String stageId,
            @Parameter(description = "cards per column (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String limit,
            @Parameter(description = "nextCursor of the column asked by stageId") @RestQuery String cursor) {
        int cards = QueryParams.intBetween("limit", limit, DEFAULT_CARDS, 1, MAX_CARDS);
        ClientFilter filter = ClientFilter.parse(q, null, segment, country, region, team, ownerId, tag, null, null, null,
                String.valueOf(cards), null);
        return board.board(filter, cards, QueryParams.uuid("stageId", stageId), cursors.open(cursor));
    }
}
