package app.relay.pipeline;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.client.ClientFilter;
import app.relay.client.ClientService;
import app.relay.client.ClientView;
import app.relay.client.StageTally;
import app.relay.common.Cursor;
import app.relay.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The board: per active stage, the clients the caller may see under the list's filters, counted and summed in one
 * query, each column's first cards read like a page of the list (so the same rules hold). One column asked with a
 * cursor is its next page.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PipelineBoard {
    private final ClientService clients;
    private final StageService stages;
    private final FieldAccess fields;
    private final String currency;

    PipelineBoard(ClientService clients, StageService stages, FieldAccess fields,
            @ConfigProperty(name = "relay.company.currency", defaultValue = "EUR") String currency) {
        this.clients = clients;
        this.stages = stages;
        this.fields = fields;
        this.currency = currency;
    }

    public BoardView board(ClientFilter filter, int perColumn, UUID onlyStage, Cursor after) {
        if (!fields.baseLevel("client.stageId").atLeast(AccessLevel.read)) {
            throw ProblemException.forbidden("Your role may not see where clients stand on the conveyor");
        }
        if (after != null && onlyStage == null) {
            throw ProblemException.invalid("cursor", "a column's cursor goes with its stageId");
        }
        List<Stage> columns = stages.all().stream().filter(stage -> !stage.archived()).toList();
        if (onlyStage != null) {
            columns = columns.stream().filter(stage -> stage.id.equals(onlyStage)).toList();
            if (columns.isEmpty()) {
                throw ProblemException.invalid("stageId", "is no active stage (GET /api/v1/pipeline/stages)");
            }
        }
        // One column's next page counts that column only.
        ClientFilter counted = onlyStage == null ? filter : filter.atStage(onlyStage, perColumn, null);
        Map<UUID, StageTally> tallies = clients.tallyByStage(counted).stream()
                .collect(Collectors.toMap(StageTally::stageId, Function.identity()));
        boolean sums = fields.baseLevel("client.revenue12m").atLeast(AccessLevel.read);
        List<BoardView.Column> out = new ArrayList<>();
        for (Stage stage : columns) {
            StageTally tally = tallies.get(stage.id);
            ClientView.Page cards = clients.list(filter.atStage(stage.id, perColumn, after), false);
            BigDecimal sum = tally == null || tally.revenue12m() == null ? BigDecimal.ZERO : tally.revenue12m();
            out.add(new BoardView.Column(stage.id, tally == null ? 0 : tally.count(), sums ? sum : null, cards.items(),
                    cards.nextCursor()));
        }
        return new BoardView(out, currency, !sums);
    }
}
