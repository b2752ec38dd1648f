package app.relay.pipeline;

import app.relay.client.ClientView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The conveyor as a board: a column per stage, counted and summed under the caller's row scope and field rules. */
@Schema(name = "PipelineBoard")
public record BoardView(
        @Schema(required = true, description = "one per stage in use, in the board's order") List<Column> columns,
        @Schema(required = true, description = "the company's currency, of every column's sum") String currency,
        @Schema(required = true, description = "true when your role may not read clients' revenue: no sums")
        boolean sumsWithheld) {

    /** A stage's column: all its clients counted, their 12-month revenue summed, and the first page of cards. */
    @Schema(name = "BoardColumn")
    public record Column(
            @Schema(required = true) UUID stageId,
            @Schema(required = true, description = "every client of the stage you may see, under the filters")
            long count,
            @Schema(description = "their revenue of the last 12 months, in the company's currency") BigDecimal sum,
            @Schema(required = true) List<ClientView> items,
            @Schema(description = "pass with stageId as cursor for the column's next cards") String nextCursor) {
    }
}
