package app.relay.segment;

import app.relay.access.AccessLevel;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Clock;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves clients between segments (and between active and passive) by the segments' rules, within the caller's
 * row scope: a preview lists the moves; applying it moves exactly those, unless anything they were computed from
 * changed (then 409: preview again). Applied in batches, each its own short transaction, so that no edit waits
 * for the whole base; a client a person changed meanwhile is left as they set it.
 */
@RequestScoped
public class SegmentRecalculations {
    static final String CONTEXT_PREFIX = "segment-recalculation:";
    private static final int BATCH = 5_000;
    private static final int SAMPLE = 50;
    /** Held by each batch that moves clients; a pin made meanwhile waits for it (SegmentPins). */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('relay-segment-recalculation'))";
    /** The nightly job's own: one run a day across instances. */
    private static final String JOB_LOCK = "select pg_advisory_xact_lock(hashtext('relay-job:segment-recalculation'))";

    private final EntityManager em;
    private final RowScope scope;
    private final FieldAccess fields;
    private final Capabilities capabilities;
    private final ActingParty acting;
    private final AuditLog audit;
    private final ZoneId zone;
    private final int activeDays;

    SegmentRecalculations(EntityManager em, RowScope scope, FieldAccess fields, Capabilities capabilities,
            ActingParty acting, AuditLog audit, @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone,
            @ConfigProperty(name = "relay.lifecycle.active-days", defaultValue = "365") int activeDays) {
        this.em = em;
        this.scope = scope;
        this.fields = fields;
        this.capabilities = capabilities;
        this.acting = acting;
        this.audit = audit;
        this.zone = zone;
        this.activeDays = activeDays;
    }

    public SegmentRecalculationView handle(SegmentRecalculationView.Input input) {
        requireRecalculator();
        boolean preview = input != null && Boolean.TRUE.equals(input.preview());
        UUID id = input == null ? null : input.recalculationId();
        if (preview && id != null) {
            throw ProblemException.invalid("recalculationId", "applies a preview: send it without preview: true");
        }
        if (preview) {
            return QuarkusTransaction.requiringNew().call(() -> view(compute()));
        }
        if (id == null) {
            throw ProblemException.invalid("recalculationId", "is required to apply (the id of your preview); "
                    + "send preview: true first to see who would move");
        }
        return apply(id, true);
    }

    /** For Relay's nightly job: today's moves of every client, applied; null when another instance ran today. */
    public SegmentRecalculationView runAsJob() {
        UUID computed = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(JOB_LOCK).getSingleResult();
            // Previews nobody applied, a day on: their moves are of no use any more.
            forget("state in ('previewed', 'stale') and created_at < now() - interval '1 day'", Map.of());
            // Another instance's run of today, done or under way, is the day's run.
            boolean ran = !em.createNativeQuery("select 1 from segment_recalculation where created_by = :me "
                    + "and as_of = :today and state <> 'stale'").setParameter("me", acting.id())
                    .setParameter("today", today()).getResultList().isEmpty();
            return ran ? null : compute();
        });
        // Computed a moment ago: applied as it is (each move still only where its client has not changed since).
        return computed == null ? null : apply(computed, false);
    }

    /**
     * Writes the moves the rules make today within the caller's scope, as a preview; answers its id. The caller's
     * earlier previews nobody applied go: only the newest may be applied. Reads only: no lock that edits wait on.
     */
    private UUID compute() {
        forget("created_by = :by and state in ('previewed', 'stale')", Map.of("by", acting.id()));
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into segment_recalculation (id, state, as_of, created_at, created_by, moves) "
                        + "values (:id, 'previewed', :today, :at, :by, 0)")
                .setParameter("id", id).setParameter("today", today()).setParameter("at", Clock.now())
                .setParameter("by", acting.id()).executeUpdate();
        Map<String, Object> params = new HashMap<>();
        String moves = scopedMoves(params);
        Query insert = em.createNativeQuery("insert into segment_move (recalculation_id, client_id, from_segment, "
                + "to_segment, from_lifecycle, to_lifecycle) select cast(:rid as uuid), m.id, m.from_segment, "
                + "m.to_segment, m.from_lifecycle, m.to_lifecycle from (" + moves + ") m");
        params.forEach(insert::setParameter);
        int count = insert.setParameter("rid", id).executeUpdate();
        em.createNativeQuery("update segment_recalculation set moves = :moves where id = :id")
                .setParameter("moves", count).setParameter("id", id).executeUpdate();
        return id;
    }

    /**
     * The rules' moves as SQL, limited to the clients the caller supervises — a head of sales their teams', the
     * director and the system all — while the shares count the whole base.
     */
    private String scopedMoves(Map<String, Object> params) {
        List<Segment> byRank = em.createQuery("from Segment order by rank", Segment.class).getResultList();
        String all = SegmentRules.moves(byRank, params);
        params.put("today", today());
        params.put("activeDays", activeDays);
        SqlPredicate visible = scope.supervisedClients("c");
        params.putAll(visible.params());
        return "select a.* from (" + all + ") a join client c on c.id = a.id where " + visible.sql();
    }

    /**
     * Applies a preview exactly, or answers 409 (and marks it stale) when the rules would now move others; `checked`
     * off for the job's own run, computed a moment before. Taken over as `applying` first: a second apply of the
     * same preview (another tab, a retry) finds it taken.
     */
    private SegmentRecalculationView apply(UUID id, boolean checked) {
        boolean current = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = recalculation(id); // locked: a second apply of the same preview waits, then finds it taken
            if (!"previewed".equals(row[0])) {
                throw new ProblemException(ProblemType.CONFLICT, "This recalculation is " + row[0]
                        + ": preview again");
            }
            if (!checked || sameAsNow(id)) {
                em.createNativeQuery("update segment_recalculation set state = 'applying' where id = :id")
                        .setParameter("id", id).executeUpdate();
                return true;
            }
            em.createNativeQuery("update segment_recalculation set state = 'stale' where id = :id")
                    .setParameter("id", id).executeUpdate();
            return false;
        });
        if (!current) {
            throw new ProblemException(ProblemType.CONFLICT, "Orders, segments or clients changed since this preview, "
                    + "so the rules would now move other clients: preview again");
        }
        int applied = 0;
        UUID after = new UUID(0, 0); // the lowest uuid as PostgreSQL orders them (unsigned)
        while (true) {
            UUID from = after;
            Object[] batch = QuarkusTransaction.requiringNew().call(() -> applyBatch(id, from));
            applied += (Integer) batch[0];
            if (batch[1] == null) {
                break;
            }
            after = (UUID) batch[1];
        }
        int moved = applied;
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update segment_recalculation set state = 'applied', applied = :applied, "
                            + "applied_at = :at, applied_by = :by where id = :id")
                    .setParameter("applied", moved).setParameter("at", Clock.now()).setParameter("by", acting.id())
                    .setParameter("id", id).executeUpdate();
            audit.record(AuditAction.update, "client", null, null, moved, "segment recalculation " + id);
            return view(id);
        });
    }

    /** Whether the rules would move exactly the previewed clients, from and to the same places, now. */
    private boolean sameAsNow(UUID id) {
        Map<String, Object> params = new HashMap<>();
        String fresh = scopedMoves(params);
        Query differs = em.createNativeQuery("with fresh as materialized (select id as client_id, from_segment, "
                + "to_segment, from_lifecycle, to_lifecycle from (" + fresh + ") m), "
                + "stored as (select client_id, from_segment, to_segment, from_lifecycle, to_lifecycle from segment_move "
                + "where recalculation_id = :rid) "
                + "select exists ((select * from fresh except select * from stored) "
                + "union all (select * from stored except select * from fresh))");
        params.forEach(differs::setParameter);
        return !(Boolean) differs.setParameter("rid", id).getSingleResult();
    }

    /** One batch of moves after client `after`: [moved, last client id or null when none is left]. */
    @SuppressWarnings("unchecked")
    private Object[] applyBatch(UUID id, UUID after) {
        em.createNativeQuery(LOCK).getSingleResult();
        em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                .setParameter("context", CONTEXT_PREFIX + id).getSingleResult();
        List<UUID> batch = em.createNativeQuery("select client_id from segment_move where recalculation_id = :id "
                        + "and client_id > :after order by client_id limit " + BATCH, UUID.class)
                .setParameter("id", id).setParameter("after", after).getResultList();
        if (batch.isEmpty()) {
            return new Object[] {0, null};
        }
        // Only where the client still is where the preview found it, and nobody pinned it since.
        int moved = em.createNativeQuery("update client c set segment = m.to_segment, lifecycle = m.to_lifecycle, "
                        + "updated_at = :at, updated_by = :by, version = c.version + 1 from segment_move m "
                        + "where m.recalculation_id = :id and m.client_id = c.id and c.id = any(cast(:batch as uuid[])) "
                        + "and c.deleted_at is null and c.segment is not distinct from m.from_segment "
                        + "and c.lifecycle = m.from_lifecycle and (m.from_segment is not distinct from m.to_segment "
                        + "or not exists (select 1 from segment_pin p where p.client_id = c.id))")
                .setParameter("at", Clock.now()).setParameter("by", acting.id()).setParameter("id", id)
                .setParameter("batch", batch.toArray(UUID[]::new)).executeUpdate();
        return new Object[] {moved, batch.size() < BATCH ? null : batch.get(batch.size() - 1)};
    }

    private Object[] recalculation(UUID id) {
        List<?> rows = em.createNativeQuery("select state, created_by from segment_recalculation where id = :id "
                + "for update").setParameter("id", id).getResultList();
        // Someone else's preview is theirs: computed within their scope, applied by them.
        if (rows.isEmpty() || !acting.id().equals(((Object[]) rows.get(0))[1])) {
            throw ProblemException.notFound("Recalculation");
        }
        return (Object[]) rows.get(0);
    }

    /** Deletes the recalculations matching `where` (over `segment_recalculation`) with their moves. */
    private void forget(String where, Map<String, Object> params) {
        Query moves = em.createNativeQuery("delete from segment_move where recalculation_id in (select id from "
                + "segment_recalculation where " + where + ")");
        Query runs = em.createNativeQuery("delete from segment_recalculation where " + where);
        params.forEach((name, value) -> {
            moves.setParameter(name, value);
            runs.setParameter(name, value);
        });
        moves.executeUpdate();
        runs.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private SegmentRecalculationView view(UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("select state, as_of, created_at, created_by, moves, applied, "
                + "applied_at from segment_recalculation where id = :id").setParameter("id", id).getSingleResult();
        List<Object[]> segments = em.createNativeQuery("select from_segment, to_segment, count(*) from segment_move "
                + "where recalculation_id = :id and from_segment is distinct from to_segment group by 1, 2 "
                + "order by 3 desc, 1, 2").setParameter("id", id).getResultList();
        List<Object[]> lifecycles = em.createNativeQuery("select from_lifecycle, to_lifecycle, count(*) "
                + "from segment_move where recalculation_id = :id and from_lifecycle <> to_lifecycle group by 1, 2 "
                + "order by 3 desc, 1, 2").setParameter("id", id).getResultList();
        boolean names = fields.baseLevel("client.name").atLeast(AccessLevel.read);
        List<Object[]> sample = em.createNativeQuery("select m.client_id, c.name, m.from_segment, m.to_segment, "
                + "m.from_lifecycle, m.to_lifecycle from segment_move m join client c on c.id = m.client_id "
                + "where m.recalculation_id = :id order by relay_fold(c.name), c.id limit " + SAMPLE)
                .setParameter("id", id).getResultList();
        return new SegmentRecalculationView(id, (String) r[0], (LocalDate) r[1], (Instant) r[2], (String) r[3],
                ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(), (Instant) r[6],
                changes(segments), changes(lifecycles),
                sample.stream().map(m -> new SegmentRecalculationView.Move((UUID) m[0], names ? (String) m[1] : null,
                        (String) m[2], (String) m[3], (String) m[4], (String) m[5])).toList());
    }

    private static List<SegmentRecalculationView.Change> changes(List<Object[]> rows) {
        return rows.stream().map(r -> new SegmentRecalculationView.Change((String) r[0], (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    private void requireRecalculator() {
        capabilities.require(Capability.SEGMENTS_RECALCULATE, "Heads of sales and the director recalculate segments");
        // A recalculation writes both: a role that may not write either may not run it.
        if (!acting.actor().isSystem() && !(fields.baseLevel("client.segment").atLeast(AccessLevel.write)
                && fields.baseLevel("client.lifecycle").atLeast(AccessLevel.write))) {
            throw ProblemException.forbidden("Your role may not change clients' segments and lifecycles");
        }
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }
}
