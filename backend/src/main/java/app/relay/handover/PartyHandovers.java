package app.relay.handover;

import app.relay.access.AccessLevel;
import app.relay.access.ClientHolders;
import app.relay.access.FieldAccess;
import app.relay.access.PartyKind;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.SqlValues;
import app.relay.identity.Actor;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import app.relay.notice.NoticeKind;
import app.relay.notice.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handovers that add someone in front of a person's clients (all, or those chosen) instead of moving them:
 * <ul>
 * <li>a temporary cover (vacation, sick leave): a substitute is temporary owner from the first day to the last;
 * the day after, they stop counting by themselves (the row scope reads the end) and the nightly party job
 * records each end. No client has two temporary owners at once.</li>
 * <li>a partnership: a second manager works with the clients as partner, with stated duties, from a day, until a
 * day or for good.</li>
 * </ul>
 * The person keeps their clients; days are the company's (its time zone); ending one early ends its parties at
 * once. Whatever the one who joined logged on the clients stays there.
 */
@RequestScoped
public class PartyHandovers {
    /** How far ahead a period may start, and how long it may last. */
    private static final int MAX_YEARS = 10;

    /** Where its period stands by the calendar: not begun, under way, or over. */
    public enum Phase { planned, running, ended }

    /** A handover arranged, with what its arrangement says: how many clients, and those left out. */
    record Arranged(Handover handover, String note) {
    }

    private final EntityManager em;
    private final HandoverAccess access;
    private final UserDirectory directory;
    private final ClientHolders holders;
    private final FieldAccess fields;
    private final AuditLog audit;
    private final Notices notices;
    private final ZoneId zone;
    private final HandoverLetters letters;

    PartyHandovers(EntityManager em, HandoverAccess access, UserDirectory directory, ClientHolders holders,
            FieldAccess fields, AuditLog audit, Notices notices,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone, HandoverLetters letters) {
        this.letters = letters;
        this.em = em;
        this.access = access;
        this.directory = directory;
        this.holders = holders;
        this.fields = fields;
        this.audit = audit;
        this.notices = notices;
        this.zone = zone;
    }

    /** Whether this kind of handover adds a party rather than moving clients. */
    static boolean adds(HandoverKind kind) {
        return kind == HandoverKind.temporary || kind == HandoverKind.partner;
    }

    /** Arranges it in the caller's transaction: every client gets its party, or none does. */
    Arranged start(HandoverInput input) {
        Rules rules = Rules.of(input);
        AppUser holder = access.requireSupervised(input.userId());
        requireAssigner(rules.party);
        LocalDate today = LocalDate.now(zone);
        LocalDate startsOn = input.startsOn() != null || rules.party == PartyKind.TEMPORARY_OWNER ? input.startsOn() : today;
        requireShape(input, rules, holder, startsOn, today);
        List<Object[]> chosen = chosen(holder, input.clientIds(), rules.joiner);
        boolean prospects = chosen.stream().allMatch(row -> Boolean.TRUE.equals(row[1]));
        holders.requireHolder(rules.joinerField, rules.joiner, prospects);
        Instant from = startsOn.atStartOfDay(zone).toInstant();
        Instant to = input.endsOn() == null ? null : input.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
        String[] ids = chosen.stream().map(row -> row[0].toString()).toArray(String[]::new);
        requireFree(rules, ids, from, to);

        Handover handover = new Handover();
        handover.id = UUID.randomUUID();
        handover.kind = input.kind();
        handover.userId = holder.id;
        handover.joinerId = rules.joiner;
        handover.duties = rules.duties;
        handover.startsOn = startsOn;
        handover.endsOn = input.endsOn();
        handover.note = input.note();
        handover.tellClients = Boolean.TRUE.equals(input.tellClients());
        handover.state = HandoverState.completed;
        handover.markCreated(access.callerId());
        em.persist(handover);
        em.flush();
        changeContext(handover);
        // One statement: each client's party, and the item that remembers it.
        int added = em.createNativeQuery("with parties as (insert into party (id, client_id, user_id, kind, duties, "
                        + "valid_from, valid_to, created_at, created_by, updated_at, updated_by) select gen_random_uuid(), "
                        + "c.id, :joiner, :kind, :duties, :from, cast(:to as timestamptz), now(), :actor, now(), :actor from client c "
                        + "where c.id = any(cast(:ids as uuid[])) returning id, client_id) "
                        + "insert into handover_item (id, handover_id, client_id, kinds, successor_id, party_id, created_at, "
                        + "created_by, updated_at, updated_by) select gen_random_uuid(), :handover, p.client_id, "
                        + "case when c.owner_id = :holder then array['owner'] else array['co-owner'] end, :joiner, "
                        + "p.id, now(), :actor, now(), :actor from parties p join client c on c.id = p.client_id")
                .setParameter("joiner", rules.joiner).setParameter("kind", rules.party.wireName())
                .setParameter("duties", rules.duties).setParameter("from", from).setParameter("to", text(to))
                .setParameter("actor", access.callerId()).setParameter("ids", ids).setParameter("handover", handover.id)
                .setParameter("holder", holder.id).executeUpdate();
        audit.record(AuditAction.handover, "handover", handover.id, null, added, handover.kind + " user=" + holder.id
                + " joiner=" + rules.joiner + " " + startsOn + ".." + (handover.endsOn == null ? "" : handover.endsOn));
        notices.send(List.of(rules.joiner), rules.notice, handover.id, holder.id, added);
        int letters = handover.tellClients ? this.letters.queue(handover, access.callerId()) : 0;
        long held = input.clientIds() == null || input.clientIds().isEmpty() ? alreadyHeld(holder.id, rules.joiner) : 0;
        return new Arranged(handover, handover.kind + " " + startsOn + " to " + (handover.endsOn == null ? "open end"
                : handover.endsOn) + ": clients " + added + (held > 0 ? ", left out " + held + " (held by "
                + (rules.party == PartyKind.PARTNER ? "the partner" : "the substitute") + " already)" : "")
                + (handover.tellClients ? ", letters queued " + letters : ""));
    }

    /** Ends it early: its parties stop standing now (they stay on record), its letters not gone yet never go. */
    int endEarly(Handover handover) {
        requireAssigner(partyOf(handover.kind));
        if (phase(handover) == Phase.ended) {
            throw new ProblemException(ProblemType.CONFLICT, "This " + handover.kind + " handover ended on "
                    + handover.endsOn + "; there is nothing left to end");
        }
        changeContext(handover);
        if (handover.tellClients) {
            letters.stopAll(handover);
        }
        return em.createNativeQuery("update party p set deleted_at = now(), deleted_by = :actor, updated_at = now(), "
                        + "updated_by = :actor, version = p.version + 1 from handover_item i where i.handover_id = :handover "
                        + "and i.party_id = p.id and p.deleted_at is null")
                .setParameter("actor", access.callerId()).setParameter("handover", handover.id).executeUpdate();
    }

    /** Whether the caller may end it: who may assign its kind of party (as for arranging it). */
    boolean mayEnd(Handover handover) {
        return fields.baseLevel(partyOf(handover.kind).fieldKey()).atLeast(AccessLevel.write);
    }

    private void requireAssigner(PartyKind party) {
        if (!fields.baseLevel(party.fieldKey()).atLeast(AccessLevel.write)) {
            throw ProblemException.forbidden("Your role may not assign a " + party.wireName());
        }
    }

    private static PartyKind partyOf(HandoverKind kind) {
        return kind == HandoverKind.temporary ? PartyKind.TEMPORARY_OWNER : PartyKind.PARTNER;
    }

    Phase phase(Handover handover) {
        LocalDate today = LocalDate.now(zone);
        if (today.isBefore(handover.startsOn)) {
            return Phase.planned;
        }
        return handover.endsOn != null && today.isAfter(handover.endsOn) ? Phase.ended : Phase.running;
    }

    /** What differs between the kinds: the party added, who joins (and the field naming them), duties, the notice. */
    private record Rules(PartyKind party, String joiner, String joinerField, String duties, NoticeKind notice) {
        static Rules of(HandoverInput input) {
            return input.kind() == HandoverKind.temporary
                    ? new Rules(PartyKind.TEMPORARY_OWNER, input.substituteId(), "substituteId", null,
                            NoticeKind.clients_covered)
                    : new Rules(PartyKind.PARTNER, input.partnerId(), "partnerId",
                            input.duties() == null || input.duties().isBlank() ? null : input.duties().strip(),
                            NoticeKind.clients_shared);
        }
    }

    private void requireShape(HandoverInput input, Rules rules, AppUser holder, LocalDate startsOn, LocalDate today) {
        boolean temporary = rules.party == PartyKind.TEMPORARY_OWNER;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (rules.joiner == null || rules.joiner.isBlank()) {
            errors.add(new Problem.FieldError(rules.joinerField, temporary
                    ? "a temporary handover needs the person who stands in" : "a partner handover needs the partner"));
        } else if (rules.joiner.equals(holder.id)) {
            errors.add(new Problem.FieldError(rules.joinerField, "must be someone other than the person whose clients these are"));
        }
        if (startsOn == null) {
            errors.add(new Problem.FieldError("startsOn", "a temporary handover needs its first day"));
        } else if (startsOn.isBefore(today)) {
            errors.add(new Problem.FieldError("startsOn", "must be today or later"));
        }
        if (startsOn != null && startsOn.isAfter(today.plusYears(MAX_YEARS))) {
            errors.add(new Problem.FieldError("startsOn", "must be within " + MAX_YEARS + " years from today"));
        }
        if (input.endsOn() == null && temporary) {
            errors.add(new Problem.FieldError("endsOn", "a temporary handover needs its last day"));
        } else if (input.endsOn() != null && startsOn != null && input.endsOn().isBefore(startsOn)) {
            errors.add(new Problem.FieldError("endsOn", "must be on or after startsOn"));
        } else if (input.endsOn() != null && startsOn != null && input.endsOn().isAfter(startsOn.plusYears(MAX_YEARS))) {
            errors.add(new Problem.FieldError("endsOn", "must be within " + MAX_YEARS + " years of startsOn"));
        }
        if (input.clientIds() != null && input.clientIds().isEmpty()) {
            errors.add(new Problem.FieldError("clientIds", "name at least one client, or leave it out for all of them"));
        }
        if (!temporary && rules.duties == null) {
            errors.add(new Problem.FieldError("duties", "say what the partner does for the clients"));
        }
        input.misplaced().forEach(field -> errors.add(new Problem.FieldError(field,
                "does not belong to a " + input.kind() + " handover")));
        if (directory.hasDeparted(holder.id)) {
            errors.add(new Problem.FieldError("userId", holder.fullName + " has left: hand their clients over for good"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The " + input.kind() + " handover is not complete", errors);
        }
    }

    /**
     * The live clients the person holds (owner or co-owner), all or those named; those the one joining holds
     * already are left out (named, they are refused). Rows: id, whether a prospect.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> chosen(AppUser holder, List<UUID> named, String joiner) {
        boolean all = named == null || named.isEmpty();
        List<Object[]> rows = em.createNativeQuery("select c.id, c.lifecycle = 'prospect' from client c "
                        + "where c.deleted_at is null and (c.owner_id = :holder or c.co_owner_id = :holder) "
                        + "and c.owner_id is distinct from :joiner and c.co_owner_id is distinct from :joiner "
                        + "and (cast(:all as boolean) or c.id = any(cast(:ids as uuid[]))) order by c.id "
                        // Two arrangements over the same clients take turns: the second sees the first's parties.
                        + "for update of c")
                .setParameter("holder", holder.id).setParameter("joiner", joiner).setParameter("all", all)
                .setParameter("ids", all ? new String[0] : named.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        if (!all) {
            Set<UUID> found = new HashSet<>();
            rows.forEach(row -> found.add((UUID) row[0]));
            List<String> others = named.stream().filter(id -> !found.contains(id)).distinct().limit(10)
                    .map(UUID::toString).toList();
            if (!others.isEmpty()) {
                throw ProblemException.invalid("clientIds", "not live clients " + holder.fullName + " holds (or "
                        + "the one joining holds them already): " + String.join(", ", others));
            }
        }
        if (rows.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, holder.fullName + " holds no clients the one joining "
                    + "could be added to");
        }
        return rows;
    }

    private long alreadyHeld(String holder, String joiner) {
        return ((Number) em.createNativeQuery("select count(*) from client where deleted_at is null "
                        + "and (owner_id = :holder or co_owner_id = :holder) and (owner_id = :joiner or co_owner_id = :joiner)")
                .setParameter("holder", holder).setParameter("joiner", joiner).getSingleResult()).longValue();
    }

    /**
     * The one joining stands in this kind on none of the clients already (one standing row per person and kind),
     * and, for a temporary cover, no client has another temporary owner in the period: nothing is arranged, and
     * the problem names the clients.
     */
    @SuppressWarnings("unchecked")
    private void requireFree(Rules rules, String[] ids, Instant from, Instant to) {
        List<Object[]> taken = em.createNativeQuery("select c.name, p.user_id, p.valid_from, p.valid_to from party p "
                        + "join client c on c.id = p.client_id where p.client_id = any(cast(:ids as uuid[])) "
                        + "and p.kind = :kind and p.deleted_at is null and (p.valid_to is null or p.valid_to > now()) "
                        + "and (p.user_id = :joiner or cast(:exclusive as boolean) and p.valid_from < "
                        + "coalesce(cast(:to as timestamptz), 'infinity') and (p.valid_to is null or p.valid_to > :from)) "
                        + "order by c.name limit 10")
                .setParameter("ids", ids).setParameter("kind", rules.party.wireName()).setParameter("joiner", rules.joiner)
                .setParameter("exclusive", rules.party == PartyKind.TEMPORARY_OWNER).setParameter("from", from)
                .setParameter("to", text(to)).getResultList();
        if (taken.isEmpty()) {
            // A row of the one joining that is over but not yet recorded as such is ended now, as the job would.
            em.createNativeQuery("update party set deleted_at = valid_to, deleted_by = :system, updated_at = now(), "
                            + "updated_by = :system, version = version + 1 where client_id = any(cast(:ids as uuid[])) "
                            + "and user_id = :joiner and kind = :kind and deleted_at is null and valid_to <= now()")
                    .setParameter("ids", ids).setParameter("joiner", rules.joiner).setParameter("kind", rules.party.wireName())
                    .setParameter("system", Actor.system("party-expiry").id()).executeUpdate();
            return;
        }
        List<Problem.FieldError> errors = taken.stream().map(row -> new Problem.FieldError("clientIds",
                row[0] + ": " + directory.namesOf(List.of((String) row[1])).getOrDefault((String) row[1], (String) row[1])
                        + " stands as " + rules.party.wireName() + " from " + SqlValues.instant(row[2])
                        + (row[3] == null ? "" : " until " + SqlValues.instant(row[3])))).toList();
        throw new ProblemException(ProblemType.CONFLICT, "Nothing was arranged: " + (taken.size() == 10 ? "10 or more"
                : taken.size()) + " clients have a " + rules.party.wireName() + " in the way", errors);
    }

    /** A moment that may be absent, bound as text: a null of no known type is refused by the driver. */
    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private void changeContext(Handover handover) {
        em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                .setParameter("context", "handover:" + handover.id).getSingleResult();
    }
}
