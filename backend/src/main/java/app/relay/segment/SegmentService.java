package app.relay.segment;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.SegmentCatalog;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The company's segments: everyone reads them (names and colours show on every client); the director and admins
 * make and change them. Keys are for ever; no two segments share a rank.
 */
@RequestScoped
@Transactional
public class SegmentService {
    private final EntityManager em;
    private final Inputs inputs;
    private final Capabilities capabilities;
    private final ActingParty acting;
    private final AuditLog audit;
    private final Event<SegmentCatalog.Changed> changed;

    SegmentService(EntityManager em, Inputs inputs, Capabilities capabilities, ActingParty acting, AuditLog audit,
            Event<SegmentCatalog.Changed> changed) {
        this.em = em;
        this.inputs = inputs;
        this.capabilities = capabilities;
        this.acting = acting;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SegmentView.Page list() {
        return new SegmentView.Page(em.createQuery("from Segment order by rank", Segment.class).getResultStream()
                .map(SegmentView::of).toList(), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SegmentView get(UUID id) {
        return SegmentView.of(require(id));
    }

    public SegmentView create(SegmentInput input) {
        requireManager();
        inputs.requireValid(input);
        lockSegments();
        if (!em.createQuery("from Segment where key = :key", Segment.class).setParameter("key", input.key())
                .getResultList().isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "There is a segment " + input.key() + " already");
        }
        Segment segment = new Segment();
        segment.id = UUID.randomUUID();
        segment.key = input.key();
        apply(input, segment);
        segment.markCreated(acting.id());
        em.persist(segment);
        em.flush();
        audit.record(AuditAction.create, "segment", segment.id, null);
        changed.fire(new SegmentCatalog.Changed());
        return SegmentView.of(segment);
    }

    /** Applies a JSON merge patch, refusing it when the caller's If-Match version is not current. */
    public SegmentView patch(UUID id, String ifMatch, JsonNode patch) {
        requireManager();
        lockSegments();
        Segment segment = require(id);
        ETags.requireCurrent(ifMatch, segment.version);
        SegmentInput next = inputs.patch(toInput(segment), patch);
        if (!next.key().equals(segment.key)) {
            throw new ProblemException(ProblemType.CONFLICT, "A segment keeps its key (clients refer to it): make "
                    + "a new segment instead");
        }
        apply(next, segment);
        segment.touch(acting.id());
        em.flush();
        audit.record(AuditAction.update, "segment", id, null);
        changed.fire(new SegmentCatalog.Changed());
        return SegmentView.of(segment);
    }

    private void apply(SegmentInput input, Segment segment) {
        input.rule().requireComplete();
        List<Segment> sameRank = em.createQuery("from Segment where rank = :rank and id <> :id", Segment.class)
                .setParameter("rank", input.rank()).setParameter("id", segment.id).getResultList();
        if (!sameRank.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Rank " + input.rank() + " is segment "
                    + sameRank.get(0).key + "'s: give this one a free rank, or move that one first");
        }
        segment.names = input.names().stripped();
        segment.rank = input.rank();
        segment.colour = input.colour().toLowerCase(Locale.ROOT);
        segment.ruleKind = input.rule().kind();
        segment.topPercent = input.rule().topPercent();
        segment.withinDays = input.rule().withinDays();
        segment.contactRhythmDays = input.contactRhythmDays();
        segment.firstContactDays = input.firstContactDays();
        segment.supervised = Boolean.TRUE.equals(input.supervised());
    }

    private static SegmentInput toInput(Segment s) {
        return new SegmentInput(s.key, s.names, s.rank, s.colour, s.rule(), s.contactRhythmDays, s.firstContactDays,
                s.supervised);
    }

    private Segment require(UUID id) {
        Segment segment = em.find(Segment.class, id);
        if (segment == null) {
            throw ProblemException.notFound("Segment");
        }
        return segment;
    }

    private void requireManager() {
        capabilities.require(Capability.SEGMENTS_MANAGE, "Only the director and admins make and change segments");
    }

    /** One change of segments at a time: a rank or a key is checked free and taken in one step. */
    private void lockSegments() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('relay.segments'))").getSingleResult();
    }

}
