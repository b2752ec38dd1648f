package app.relay.pipeline;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Clock;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The conveyor's stages: everyone reads them (every client stands at one); the director and admins make, rename,
 * reorder and archive them. Keys are for ever, a stage in use keeps its phase, and no two share a position.
 */
@RequestScoped
@Transactional
public class StageService {
    /** The board's order: by phase, then by position within it. */
    static final Comparator<Stage> BOARD_ORDER = Comparator.comparing((Stage s) -> s.phase)
            .thenComparingInt(s -> s.position);

    private final EntityManager em;
    private final Inputs inputs;
    private final Capabilities capabilities;
    private final ActingParty acting;
    private final AuditLog audit;

    StageService(EntityManager em, Inputs inputs, Capabilities capabilities, ActingParty acting, AuditLog audit) {
        this.em = em;
        this.inputs = inputs;
        this.capabilities = capabilities;
        this.acting = acting;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StageView.Page list() {
        return new StageView.Page(all().stream().map(StageView::of).toList(), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StageView get(UUID id) {
        return StageView.of(require(id));
    }

    public StageView create(StageInput input) {
        requireManager();
        inputs.requireValid(input);
        if (Boolean.TRUE.equals(input.archived())) {
            throw ProblemException.invalid("archived", "a new stage is not archived");
        }
        lockStages();
        if (!em.createQuery("from Stage where key = :key", Stage.class).setParameter("key", input.key())
                .getResultList().isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "There is a stage " + input.key() + " already");
        }
        Stage stage = new Stage();
        stage.id = UUID.randomUUID();
        stage.key = input.key();
        stage.phase = input.phase();
        apply(input, stage);
        stage.markCreated(acting.id());
        em.persist(stage);
        em.flush();
        audit.record(AuditAction.create, "stage", stage.id, null);
        return StageView.of(stage);
    }

    /** Applies a JSON merge patch, refusing it when the caller's If-Match version is not current. */
    public StageView patch(UUID id, String ifMatch, JsonNode patch) {
        requireManager();
        lockStages();
        Stage stage = require(id);
        // Moves to it hold it shared until they commit: counting its clients then sees them all.
        em.lock(stage, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireCurrent(ifMatch, stage.version);
        StageInput next = inputs.patch(toInput(stage), patch);
        if (!next.key().equals(stage.key)) {
            throw new ProblemException(ProblemType.CONFLICT, "A stage keeps its key: make a new stage instead");
        }
        long holding = clientsAt(stage);
        if (next.phase() != stage.phase) {
            if (holding > 0) {
                throw new ProblemException(ProblemType.CONFLICT, holding + " clients stand at this stage: it keeps "
                        + "its phase (who sees them depends on it). Make a stage in the other phase and move them");
            }
            requireAnotherInPhase(stage, "move it to another phase");
            stage.phase = next.phase();
            em.flush();
            // Deleted clients stay at their stage: restored, they are in its phase, as the row scope reads it.
            em.createNativeQuery("update client set phase = :phase where stage_id = :id")
                    .setParameter("phase", stage.phase.name()).setParameter("id", stage.id).executeUpdate();
        }
        boolean archive = Boolean.TRUE.equals(next.archived());
        if (archive && !stage.archived()) {
            requireAnotherInPhase(stage, "archive it");
            if (holding > 0) {
                throw new ProblemException(ProblemType.CONFLICT, holding + " clients stand at this stage: move them "
                        + "to another stage before archiving it");
            }
            stage.archivedAt = Clock.now();
            stage.archivedBy = acting.id();
        } else if (!archive) {
            stage.archivedAt = null;
            stage.archivedBy = null;
        }
        apply(next, stage);
        stage.touch(acting.id());
        em.flush();
        audit.record(AuditAction.update, "stage", id, null);
        return StageView.of(stage);
    }

    /** Every stage, archived ones too, in the board's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<Stage> all() {
        return em.createQuery("from Stage", Stage.class).getResultStream().sorted(BOARD_ORDER).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Stage require(UUID id) {
        Stage stage = id == null ? null : em.find(Stage.class, id);
        if (stage == null) {
            throw ProblemException.notFound("Stage");
        }
        return stage;
    }

    private void apply(StageInput input, Stage stage) {
        List<Stage> samePosition = em.createQuery("from Stage where position = :position and id <> :id", Stage.class)
                .setParameter("position", input.position()).setParameter("id", stage.id).getResultList();
        if (!samePosition.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Position " + input.position() + " is stage "
                    + samePosition.get(0).key + "'s: give this one a free position, or move that one first");
        }
        stage.names = input.names().stripped();
        stage.position = input.position();
    }

    /** Every phase keeps a stage clients can be put at (new clients, reopened ones, the lost). */
    private void requireAnotherInPhase(Stage stage, String what) {
        boolean another = all().stream().anyMatch(s -> s.phase == stage.phase && !s.archived()
                && !Objects.equals(s.id, stage.id));
        if (!another && !stage.archived()) {
            throw new ProblemException(ProblemType.CONFLICT, "This is the last stage of the " + stage.phase
                    + " phase: make another one before you " + what);
        }
    }

    /** Live clients at the stage (deleted ones stay where they were: restored, they stand at it again). */
    private long clientsAt(Stage stage) {
        return ((Number) em.createNativeQuery("select count(*) from client where stage_id = :id and deleted_at is null")
                .setParameter("id", stage.id).getSingleResult()).longValue();
    }

    private static StageInput toInput(Stage s) {
        return new StageInput(s.key, s.names, s.phase, s.position, s.archived());
    }

    private void requireManager() {
        capabilities.require(Capability.PIPELINE_MANAGE, "Only the director and admins make and change stages");
    }

    /** One change of stages at a time: a position or a key is checked free and taken in one step. */
    private void lockStages() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('relay.stages'))").getSingleResult();
    }
}
