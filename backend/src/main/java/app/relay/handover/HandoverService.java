package app.relay.handover;

import app.relay.access.SegmentCatalog;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.SqlValues;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import app.relay.notice.NoticeKind;
import app.relay.notice.Notices;
import app.relay.people.DepartureInput;
import app.relay.people.DepartureService;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The life of a handover: drawn up for a leaving person, submitted once every client has a successor,
 * approved by a supervisor, completed (every client moves, all or nothing), or cancelled. Each transition
 * is its own transaction, recorded as an event; access ends on dismissal at once, and on completion.
 */
@RequestScoped
public class HandoverService {
    private final EntityManager em;
    private final HandoverAccess access;
    private final HandoverItems items;
    private final HandoverCompletion completion;
    private final UserDirectory directory;
    private final DepartureService departures;
    private final AuditLog audit;
    private final Notices notices;
    private final ZoneId zone;
    private final HandoverCorrections corrections;
    private final HandoverLetters letters;
    private final FirstContactDeadlines deadlines;
    private final PartyHandovers parties;
    private final RotationHandovers rotations;

    HandoverService(EntityManager em, HandoverAccess access, HandoverItems items, HandoverCompletion completion,
            UserDirectory directory, DepartureService departures, AuditLog audit, Notices notices,
            HandoverCorrections corrections, @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone,
            HandoverLetters letters, FirstContactDeadlines deadlines, PartyHandovers parties, RotationHandovers rotations) {
        this.parties = parties;
        this.rotations = rotations;
        this.letters = letters;
        this.deadlines = deadlines;
        this.corrections = corrections;
        this.notices = notices;
        this.zone = zone;
        this.em = em;
        this.access = access;
        this.items = items;
        this.completion = completion;
        this.directory = directory;
        this.departures = departures;
        this.audit = audit;
    }

    /**
     * Starts a departure handover with an item per client of the person (a dismissal also ends their access), or
     * arranges a temporary one, in force from its first day.
     */
    public HandoverView start(HandoverInput input) {
        if (input.kind() == HandoverKind.rotation) {
            return QuarkusTransaction.requiringNew().call(() -> {
                Handover planned = rotations.plan(input);
                long clients = count("select count(*) from handover_item where handover_id = :id", planned.id);
                record(planned, null, "planned for " + planned.startsOn + ": " + clients + " clients");
                audit.record(AuditAction.handover, "handover", planned.id, null, (int) clients, "rotation planned "
                        + planned.startsOn + " members=" + String.join(",", planned.members));
                return view(planned);
            });
        }
        if (input.userId() == null || input.userId().isBlank()) {
            throw ProblemException.invalid("userId", "name the person whose clients these are");
        }
        if (PartyHandovers.adds(input.kind())) {
            return QuarkusTransaction.requiringNew().call(() -> {
                PartyHandovers.Arranged arranged = parties.start(input);
                record(arranged.handover(), null, arranged.note());
                return view(arranged.handover());
            });
        }
        requireDepartureShape(input);
        long[] closing = {-1};
        HandoverView started = QuarkusTransaction.requiringNew().call(() -> {
            HandoverView drawn = draw(input);
            if (input.reason() == DepartureReason.dismissal) {
                // In the same transaction: a dismissal never exists without the departure, nor the other way round.
                closing[0] = departures.markWithin(input.userId(), new DepartureInput("dismissal, handover " + drawn.id()));
            }
            return drawn;
        });
        if (closing[0] >= 0) {
            departures.afterMarked(input.userId(), closing[0]);
        }
        return started;
    }

    private static void requireDepartureShape(HandoverInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.reason() == null) {
            errors.add(new Problem.FieldError("reason", "a departure needs its reason"));
        }
        if (input.lastWorkingDay() == null) {
            errors.add(new Problem.FieldError("lastWorkingDay", "a departure needs the person's last working day"));
        }
        input.misplaced().forEach(field -> errors.add(new Problem.FieldError(field, "belongs to another kind of "
                + "handover: a departure hands over every client of the person")));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The departure is not complete", errors);
        }
    }

    private HandoverView draw(HandoverInput input) {
        AppUser leaver = access.requireSupervised(input.userId());
        long open = ((Number) em.createNativeQuery("select count(*) from handover where user_id = :user "
                + "and kind = 'departure' and state in ('draft', 'submitted', 'approved')")
                .setParameter("user", leaver.id).getSingleResult()).longValue();
        if (open > 0) {
            throw new ProblemException(ProblemType.CONFLICT, leaver.fullName + " already has an open departure handover");
        }
        if (input.reason() != DepartureReason.dismissal && input.lastWorkingDay().isBefore(LocalDate.now(zone))) {
            throw ProblemException.invalid("lastWorkingDay", "the last working day has passed: for someone already "
                    + "gone, choose dismissal (their access ends at once) or a day from today");
        }
        Handover handover = new Handover();
        handover.id = UUID.randomUUID();
        handover.kind = input.kind();
        handover.userId = leaver.id;
        handover.reason = input.reason();
        handover.lastWorkingDay = input.lastWorkingDay();
        handover.note = input.note();
        handover.state = HandoverState.draft;
        handover.markCreated(access.callerId());
        em.persist(handover);
        em.flush();
        record(handover, null, "started");
        items.drawUp(handover);
        audit.record(AuditAction.handover, "handover", handover.id, null, 1, "started user=" + leaver.id);
        if (handover.reason != DepartureReason.dismissal) {
            directory.serveNotice(leaver.id, handover.lastWorkingDay);
            notices.send(List.of(leaver.id), NoticeKind.handover_started, handover.id, leaver.id, null);
        }
        return view(handover);
    }

    /** The handovers the caller runs, is leaving by, or takes clients over in: filtered before the page is cut. */
    @SuppressWarnings("unchecked")
    public HandoverView.Page list(HandoverState state, String userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<List<String>> managed = access.managedPeople();
            List<String> some = managed.orElse(List.of());
            List<Handover> found = em.createNativeQuery("select h.* from handover h where (cast(:state as text) is null "
                            + "or h.state = :state) and (cast(:user as text) is null or h.user_id = :user "
                            + "or cast(:user as text) = any(h.members)) and ("
                            + "cast(:everyone as boolean) or h.user_id = :me or h.user_id in (:managed) "
                            // A rotation: to its members, and to those who supervise every one of them.
                            + "or h.kind = 'rotation' and (:me = any(h.members) or h.members <@ cast(:managedAll as varchar[])) "
                            + "or h.state in ('approved', 'completed') and exists (select 1 from handover_item i "
                            + "where i.handover_id = h.id and i.successor_id = :me)) order by h.created_at desc limit 200",
                            Handover.class)
                    .setParameter("state", state == null ? null : state.name()).setParameter("user", userId)
                    .setParameter("me", access.callerId()).setParameter("everyone", managed.isEmpty())
                    .setParameter("managed", some.isEmpty() ? List.of("") : some)
                    .setParameter("managedAll", some.toArray(String[]::new)).getResultList();
            return new HandoverView.Page(found.stream().map(this::view).toList());
        });
    }

    public HandoverView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> view(readable(id)));
    }

    public HandoverItemView.Page items(UUID id, String cursor, int limit) {
        HandoverItemView.Page page = QuarkusTransaction.requiringNew().call(() -> items.page(readable(id), cursor, limit));
        audit.recordMany(AuditAction.list, "handover_item", page.items().size(), "handover=" + id);
        return page;
    }

    public HandoverItemView patchItem(UUID id, UUID itemId, String ifMatch, JsonNode patch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            if (patch != null && patch.path("successorId").isTextual()) {
                rotations.requireOtherThanHolder("successorId", handover, patch.get("successorId").asText(), List.of(itemId));
            }
            return items.patch(handover, itemId, ifMatch, patch);
        });
    }

    /** Holds a client's letter back with a reason, or lets it go again (null); supervisors, until completion. */
    public HandoverItemView holdLetter(UUID id, UUID itemId, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            requireMoving(handover, "letters");
            HandoverItem item = em.find(HandoverItem.class, itemId);
            if (item == null || !item.handoverId.equals(handover.id)) {
                throw ProblemException.notFound("Handover item");
            }
            letters.hold(handover, item, reason);
            em.flush();
            return items.view(item);
        });
    }

    public HandoverView assign(UUID id, SuccessorInput input) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            requireMoving(handover, "successors");
            if (input.successorId() != null && input.itemIds() != null) {
                rotations.requireOtherThanHolder("successorId", handover, input.successorId(), input.itemIds());
            }
            items.assign(handover, input);
            handover.touch(access.callerId());
            return view(handover);
        });
    }

    /** Draft → submitted: every client has a successor, and none came to the leaver since. */
    public HandoverView submit(UUID id) {
        requireNoNewClients(id);
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            access.requireManager(handover);
            requireState(handover, HandoverState.draft, "submitted");
            long without = count("select count(*) from handover_item where handover_id = :id and successor_id is null", id);
            if (without > 0) {
                throw new ProblemException(ProblemType.CONFLICT, without + " items have no successor yet");
            }
            return transition(handover, HandoverState.submitted, null);
        });
    }

    /** Submitted → approved by a supervisor; top-segment clients need a head of sales or the director. */
    public HandoverView approve(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            access.requireManager(handover);
            requireState(handover, HandoverState.submitted, "approved");
            long without = count("select count(*) from handover_item where handover_id = :id and successor_id is null", id);
            if (without > 0) {
                throw new ProblemException(ProblemType.CONFLICT, without + " items have no successor");
            }
            long top = count("select count(*) from handover_item i join client c on c.id = i.client_id "
                    + "where i.handover_id = :id and " + SegmentCatalog.supervisedSql("c.segment"), id);
            if (top > 0 && !access.confirmsTopSegments()) {
                throw ProblemException.forbidden(top + " clients in supervised segments need their successors confirmed "
                        + "by a head of sales or the director");
            }
            HandoverView approved = transition(handover, HandoverState.approved, null);
            if (handover.kind == HandoverKind.rotation) {
                notices.send(handover.members, NoticeKind.handover_approved, handover.id, null, null);
            } else if (handover.reason != DepartureReason.dismissal) {
                notices.send(List.of(handover.userId), NoticeKind.handover_approved, handover.id, handover.userId, null);
            }
            return approved;
        });
    }

    /**
     * Approved → completed: every client moves in one transaction, then the leaver's access ends. Completing a
     * completed handover again changes nothing and answers the same.
     */
    public HandoverView complete(UUID id) {
        requireNoNewClients(id);
        long[] closing = {-1};
        HandoverView done = QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            access.requireManager(handover);
            if (handover.state == HandoverState.completed) {
                return view(handover);
            }
            requireState(handover, HandoverState.approved, "completed");
            boolean rotation = handover.kind == HandoverKind.rotation;
            int moved = rotation ? rotations.complete(handover, access.callerId())
                    : completion.complete(handover, access.callerId());
            int queued = letters.queue(handover, access.callerId());
            deadlines.set(handover.id, LocalDate.now(zone));
            audit.record(AuditAction.handover, "handover", handover.id, null, moved, rotation ? "rotation completed"
                    : "completed user=" + handover.userId);
            HandoverView completed = transition(handover, HandoverState.completed,
                    moved + " holdings moved, " + queued + " letters queued");
            tellSuccessors(handover);
            notices.send(approver(handover), NoticeKind.handover_completed, handover.id, handover.userId, null);
            if (!rotation && !directory.hasDeparted(handover.userId)) {
                // The clients move and the person's access ends in one transaction: never one without the other.
                closing[0] = departures.markWithin(handover.userId, new DepartureInput("handover " + id + " completed"));
            }
            return completed;
        });
        if (closing[0] >= 0) {
            departures.afterMarked(done.userId(), closing[0]);
        }
        return done;
    }

    /**
     * A rotation due that could not complete by itself: the reason goes on its history as a note, and whoever planned
     * and approved it are told, once for each new reason (the job tries again every round meanwhile).
     */
    public void reportStuck(UUID id, String reason) {
        String note = "could not complete on its day: " + (reason.length() > 1_900 ? reason.substring(0, 1_900) : reason);
        QuarkusTransaction.requiringNew().run(() -> {
            Handover handover = locked(id);
            List<?> last = em.createNativeQuery("select note from handover_event where handover_id = :id "
                    + "order by id desc limit 1").setParameter("id", id).getResultList();
            if (handover.state != HandoverState.approved || !last.isEmpty() && note.equals(last.get(0))) {
                return;
            }
            em.createNativeQuery("insert into handover_event (handover_id, kind, from_state, to_state, actor_id, at, note) "
                            + "values (:id, 'note', :state, :state, :actor, now(), :note)")
                    .setParameter("id", id).setParameter("state", handover.state.name())
                    .setParameter("actor", access.callerId()).setParameter("note", note).executeUpdate();
            List<String> runners = new java.util.ArrayList<>(approver(handover));
            runners.add(handover.createdBy);
            notices.send(runners, NoticeKind.rotation_stuck, handover.id, null, null);
        });
    }


    /**
     * Clients that came to the leaver after the handover was drawn up are added as items, committed, and the
     * step refused: an approved handover goes back to draft so that they get successors and a new approval.
     */
    private void requireNoNewClients(UUID id) {
        int added = QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            access.requireManager(handover);
            if (!handover.state.isOpen() || handover.kind == HandoverKind.rotation) {
                return 0; // a rotation's clients were named when it was planned
            }
            int drawn = items.drawUp(handover);
            if (drawn > 0 && handover.state != HandoverState.draft) {
                transition(handover, HandoverState.draft, drawn + " new clients added");
            }
            return drawn;
        });
        if (added > 0) {
            throw new ProblemException(ProblemType.CONFLICT, added + " clients came to the person leaving since the "
                    + "handover was drawn up; they were added as items and the handover is a draft again: give them "
                    + "successors, then submit");
        }
    }

    /** Each successor is told how many clients are now theirs to read and acknowledge. */
    @SuppressWarnings("unchecked")
    private void tellSuccessors(Handover handover) {
        List<Object[]> rows = em.createNativeQuery("select successor_id, count(*) from handover_item "
                + "where handover_id = :id group by successor_id").setParameter("id", handover.id).getResultList();
        rows.forEach(row -> notices.send(List.of((String) row[0]), NoticeKind.clients_received, handover.id,
                handover.userId, ((Number) row[1]).intValue()));
    }

    /** Who approved the handover last (the one its later steps are told to). */
    @SuppressWarnings("unchecked")
    private List<String> approver(Handover handover) {
        return em.createNativeQuery("select actor_id from handover_event where handover_id = :id "
                + "and kind = 'transition' and to_state = 'approved' order by id desc limit 1")
                .setParameter("id", handover.id).getResultList();
    }

    /**
     * A successor acknowledges having read the write-up of the listed items of theirs, or of all: only after
     * completion, only their own. Once every item is acknowledged, the approver is told.
     */
    public HandoverView acknowledge(UUID id, AcknowledgeInput input) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            requireMoving(handover, "acknowledgements");
            if (handover.state != HandoverState.completed) {
                throw new ProblemException(ProblemType.CONFLICT, "Items are acknowledged once the handover is completed; "
                        + "this one is " + handover.state);
            }
            String me = access.callerId();
            List<UUID> ids = input == null || input.itemIds() == null ? List.of() : input.itemIds().stream().distinct().toList();
            if (!ids.isEmpty()) {
                long mine = ((Number) em.createNativeQuery("select count(*) from handover_item where handover_id = :id "
                                + "and successor_id = :me and id in (:ids)")
                        .setParameter("id", id).setParameter("me", me).setParameter("ids", ids).getSingleResult()).longValue();
                if (mine != ids.size()) {
                    throw ProblemException.invalid("itemIds", "only the items of which you are the successor");
                }
            } else if (!access.succeedsIn(handover)) {
                throw ProblemException.forbidden("You are the successor of none of its items");
            }
            int marked = em.createNativeQuery("update handover_item set acknowledged_at = now(), acknowledged_by = :me "
                            + "where handover_id = :id and successor_id = :me and acknowledged_at is null "
                            + "and (cast(:all as boolean) or id = any(cast(:ids as uuid[])))")
                    .setParameter("id", id).setParameter("me", me).setParameter("all", ids.isEmpty())
                    .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).executeUpdate();
            long open = count("select count(*) from handover_item where handover_id = :id and acknowledged_at is null", id);
            if (marked > 0 && open == 0) {
                notices.send(approver(handover), NoticeKind.handover_acknowledged, handover.id, handover.userId, null);
            }
            return view(handover);
        });
    }

    public HandoverView cancel(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = locked(id);
            access.requireManager(handover);
            if (handover.state == HandoverState.cancelled) {
                return view(handover);
            }
            if (PartyHandovers.adds(handover.kind)) {
                int ended = parties.endEarly(handover);
                return transition(handover, HandoverState.cancelled, "ended early: " + ended + " clients");
            }
            if (!handover.state.isOpen()) {
                throw new ProblemException(ProblemType.CONFLICT, "A completed handover cannot be cancelled");
            }
            return transition(handover, HandoverState.cancelled, null);
        });
    }

    private HandoverView transition(Handover handover, HandoverState to, String note) {
        HandoverState from = handover.state;
        handover.state = to;
        handover.touch(access.callerId());
        em.flush();
        record(handover, from, note);
        if (to == HandoverState.cancelled && handover.kind == HandoverKind.departure) {
            // Back to work. A completed one keeps the notice until the departure is marked: never a moment of full access.
            directory.serveNotice(handover.userId, null);
        }
        return view(handover);
    }

    private void record(Handover handover, HandoverState from, String note) {
        em.createNativeQuery("insert into handover_event (handover_id, from_state, to_state, actor_id, at, note) "
                        + "values (:id, :from, :to, :actor, now(), :note)")
                .setParameter("id", handover.id).setParameter("from", from == null ? null : from.name())
                .setParameter("to", handover.state.name()).setParameter("actor", access.callerId())
                .setParameter("note", note).executeUpdate();
    }

    /**
     * Successors, letters and acknowledgements belong to handovers that move clients (departures, rotations); a
     * temporary or partner one only runs its period.
     */
    private static void requireMoving(Handover handover, String what) {
        if (PartyHandovers.adds(handover.kind)) {
            throw new ProblemException(ProblemType.CONFLICT, "A " + handover.kind + " handover has no " + what);
        }
    }

    private static void requireState(Handover handover, HandoverState expected, String next) {
        if (handover.state != expected) {
            throw new ProblemException(ProblemType.CONFLICT, "A " + handover.state + " handover cannot be " + next
                    + "; only a " + expected + " one");
        }
    }

    private Handover readable(UUID id) {
        Handover handover = em.find(Handover.class, id);
        if (handover == null) {
            throw ProblemException.notFound("Handover");
        }
        access.requireReader(handover);
        return handover;
    }

    /** Transitions of one handover happen one at a time: a second completion waits, then finds it completed. */
    private Handover locked(UUID id) {
        Handover handover = readable(id);
        em.lock(handover, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(handover);
        return handover;
    }

    private long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }

    /** Whether the caller may approve: clients in supervised segments need a head of sales or the director. */
    private boolean approves(Handover handover) {
        return access.confirmsTopSegments() || count("select count(*) from handover_item i join client c on c.id = "
                + "i.client_id where i.handover_id = :id and " + SegmentCatalog.supervisedSql("c.segment"), handover.id) == 0;
    }

    /** What the caller may do next: the steps are the supervisors', the write-up also the leaver's. */
    private List<String> allowed(Handover handover, boolean unacknowledged) {
        boolean manages = access.runs(handover);
        if (PartyHandovers.adds(handover.kind)) {
            return manages && handover.state == HandoverState.completed && parties.mayEnd(handover)
                    && parties.phase(handover) != PartyHandovers.Phase.ended ? List.of("cancel") : List.of();
        }
        boolean open = handover.state == HandoverState.draft || handover.state == HandoverState.submitted;
        List<String> actions = new java.util.ArrayList<>();
        if (manages) {
            actions.addAll(switch (handover.state) {
                case draft -> List.of("assign", "submit", "cancel");
                case submitted -> approves(handover) ? List.of("assign", "approve", "cancel")
                        : List.of("assign", "cancel");
                case approved -> handover.kind != HandoverKind.rotation || rotations.due(handover)
                        ? List.of("complete", "cancel") : List.of("cancel");
                default -> List.<String>of();
            });
        }
        boolean own = access.callerId().equals(handover.userId)
                || handover.members != null && handover.members.contains(access.callerId());
        if (open && (manages || own)) {
            actions.add("writeUp");
        }
        if (handover.state == HandoverState.completed && unacknowledged) {
            actions.add("acknowledge");
        }
        if (manages && corrections.open(handover)) {
            actions.add("correct");
        }
        if (manages && handover.kind == HandoverKind.departure && handover.state != HandoverState.cancelled) {
            actions.add("commitments");
        }
        return actions;
    }

    @SuppressWarnings("unchecked")
    HandoverView view(Handover handover) {
        Object[] progress = (Object[]) em.createNativeQuery("select count(*), count(successor_id), count(reviewed_at), "
                        + "count(acknowledged_at), count(*) filter (where successor_id = :me), "
                        + "count(acknowledged_at) filter (where successor_id = :me), count(first_contact_at), "
                        + "count(*) filter (where first_contact_at is null and first_contact_due < :today "
                        + "and not exists (select 1 from client c where c.id = client_id and c.deleted_at is not null)) "
                        + "from handover_item where handover_id = :id")
                .setParameter("id", handover.id).setParameter("me", access.callerId())
                .setParameter("today", LocalDate.now(zone)).getSingleResult();
        List<Object[]> events = em.createNativeQuery("select from_state, to_state, actor_id, at, note, kind from handover_event "
                + "where handover_id = :id order by id").setParameter("id", handover.id).getResultList();
        Map<String, String> names = directory.namesOf(Stream.of(Stream.of(handover.userId, handover.joinerId),
                        handover.members == null ? Stream.<String>empty() : handover.members.stream(),
                        events.stream().map(row -> (String) row[2])).flatMap(people -> people)
                .filter(java.util.Objects::nonNull).distinct().toList());
        PartyHandovers.Phase phase = !PartyHandovers.adds(handover.kind) || handover.state == HandoverState.cancelled ? null
                : parties.phase(handover);
        HandoverView.Cover cover = handover.kind != HandoverKind.temporary ? null
                : new HandoverView.Cover(handover.joinerId, names.get(handover.joinerId), handover.startsOn,
                        handover.endsOn, phase);
        HandoverView.Partnership partnership = handover.kind != HandoverKind.partner ? null
                : new HandoverView.Partnership(handover.joinerId, names.get(handover.joinerId), handover.duties,
                        handover.startsOn, handover.endsOn, phase, handover.tellClients);
        HandoverView.Rotation rotation = handover.kind != HandoverKind.rotation ? null
                : new HandoverView.Rotation(handover.startsOn, handover.members.stream()
                        .map(member -> new HandoverView.Member(member, names.get(member))).toList(), rotations.due(handover));
        return new HandoverView(handover.id, handover.kind, handover.userId, names.get(handover.userId), handover.reason,
                handover.lastWorkingDay, cover, partnership, rotation, handover.note, handover.state, ((Number) progress[0]).longValue(),
                ((Number) progress[1]).longValue(), ((Number) progress[2]).longValue(), ((Number) progress[3]).longValue(),
                ((Number) progress[4]).longValue(), ((Number) progress[5]).longValue(),
                ((Number) progress[6]).longValue(), ((Number) progress[7]).longValue(),
                events.stream().map(row -> new HandoverView.Event((String) row[5], (String) row[0], (String) row[1],
                        (String) row[2], names.get((String) row[2]), SqlValues.instant(row[3]), (String) row[4])).toList(),
                allowed(handover, ((Number) progress[4]).longValue() > ((Number) progress[5]).longValue()),
                handover.userId != null && access.manages(handover.userId) ? departures.accountClosing(handover.userId) : null, handover.createdAt, handover.createdBy, handover.version);
    }
}
