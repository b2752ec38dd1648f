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
 * Vacation and sick leave: a substitute becomes temporary owner of an absent person's clients (all, or those
 * chosen) from the first day of the cover to the last, in the company's time zone. The absent person keeps
 * them; the day after the last, the temporary owners stop counting by themselves (the row scope reads the end)
 * and the nightly party job records the end in each client's history. Ending the cover early ends its parties
 * at once. Whatever the substitute logged on the clients stays there.
 */
@RequestScoped
public class TemporaryHandovers {
    /** The phase of a cover by the calendar: not begun, under way, or over. */
    public enum Phase { planned, running, ended }

    private final EntityManager em;
    private final HandoverAccess access;
    private final UserDirectory directory;
    private final ClientHolders holders;
    private final FieldAccess fields;
    private final AuditLog audit;
    private final Notices notices;
    private final ZoneId zone;

    TemporaryHandovers(EntityManager em, HandoverAccess access, UserDirectory directory, ClientHolders holders,
            FieldAccess fields, AuditLog audit, Notices notices,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.access = access;
        this.directory = directory;
        this.holders = holders;
        this.fields = fields;
        this.audit = audit;
        this.notices = notices;
        this.zone = zone;
    }

    /** A cover arranged, with what its arrangement says: how many clients, and those the substitute held already. */
    record Arranged(Handover handover, String note) {
    }

    /** Arranges the cover in the caller's transaction: every client gets its temporary owner, or none does. */
    Arranged start(HandoverInput input) {
        AppUser absent = access.requireSupervised(input.userId());
        if (!fields.baseLevel(PartyKind.TEMPORARY_OWNER.fieldKey()).atLeast(AccessLevel.write)) {
            throw ProblemException.forbidden("Your role may not assign a temporary-owner");
        }
        requireShape(input, absent);
        List<Object[]> chosen = chosen(absent, input.clientIds(), input.substituteId());
        boolean prospects = chosen.stream().allMatch(row -> Boolean.TRUE.equals(row[1]));
        holders.requireHolder("substituteId", input.substituteId(), prospects);
        Instant from = input.startsOn().atStartOfDay(zone).toInstant();
        Instant to = input.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
        String[] ids = chosen.stream().map(row -> row[0].toString()).toArray(String[]::new);
        requireFree(ids, input.substituteId(), from, to);

        Handover handover = new Handover();
        handover.id = UUID.randomUUID();
        handover.kind = HandoverKind.temporary;
        handover.userId = absent.id;
        handover.substituteId = input.substituteId();
        handover.startsOn = input.startsOn();
        handover.endsOn = input.endsOn();
        handover.note = input.note();
        handover.state = HandoverState.completed;
        handover.markCreated(access.callerId());
        em.persist(handover);
        em.flush();
        em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                .setParameter("context", "handover:" + handover.id).getSingleResult();
        // One statement: each client's temporary-owner party, and the item that remembers it.
        int covered = em.createNativeQuery("with parties as (insert into party (id, client_id, user_id, kind, valid_from, "
                        + "valid_to, created_at, created_by, updated_at, updated_by) select gen_random_uuid(), c.id, "
                        + ":substitute, 'temporary-owner', :from, :to, now(), :actor, now(), :actor from client c "
                        + "where c.id = any(cast(:ids as uuid[])) returning id, client_id) "
                        + "insert into handover_item (id, handover_id, client_id, kinds, successor_id, party_id, created_at, "
                        + "created_by, updated_at, updated_by) select gen_random_uuid(), :handover, p.client_id, "
                        + "case when c.owner_id = :absent then array['owner'] else array['co-owner'] end, :substitute, "
                        + "p.id, now(), :actor, now(), :actor from parties p join client c on c.id = p.client_id")
                .setParameter("substitute", handover.substituteId).setParameter("from", from).setParameter("to", to)
                .setParameter("actor", access.callerId()).setParameter("ids", ids).setParameter("handover", handover.id)
                .setParameter("absent", absent.id).executeUpdate();
        audit.record(AuditAction.handover, "handover", handover.id, null, covered, "temporary user=" + absent.id
                + " substitute=" + handover.substituteId + " " + handover.startsOn + ".." + handover.endsOn);
        notices.send(List.of(handover.substituteId), NoticeKind.clients_covered, handover.id, absent.id, covered);
        long held = input.clientIds() == null || input.clientIds().isEmpty() ? alreadyHeld(absent.id, handover.substituteId) : 0;
        return new Arranged(handover, "cover " + handover.startsOn + " to " + handover.endsOn + ": clients covered " + covered
                + (held > 0 ? ", left out " + held + " (the substitute holds them already)" : ""));
    }

    /** Ends the cover early: its temporary owners stop standing now (they stay on record). Answers how many. */
    int endEarly(Handover handover) {
        if (phase(handover) == Phase.ended) {
            throw new ProblemException(ProblemType.CONFLICT, "This cover ended on " + handover.endsOn
                    + "; there is nothing left to end");
        }
        em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                .setParameter("context", "handover:" + handover.id).getSingleResult();
        return em.createNativeQuery("update party p set deleted_at = now(), deleted_by = :actor, updated_at = now(), "
                        + "updated_by = :actor, version = p.version + 1 from handover_item i where i.handover_id = :handover "
                        + "and i.party_id = p.id and p.deleted_at is null")
                .setParameter("actor", access.callerId()).setParameter("handover", handover.id).executeUpdate();
    }

    Phase phase(Handover handover) {
        LocalDate today = LocalDate.now(zone);
        if (today.isBefore(handover.startsOn)) {
            return Phase.planned;
        }
        return today.isAfter(handover.endsOn) ? Phase.ended : Phase.running;
    }

    private void requireShape(HandoverInput input, AppUser absent) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.substituteId() == null || input.substituteId().isBlank()) {
            errors.add(new Problem.FieldError("substituteId", "a temporary handover needs the person who stands in"));
        } else if (input.substituteId().equals(absent.id)) {
            errors.add(new Problem.FieldError("substituteId", "must be someone other than the person away"));
        }
        if (input.startsOn() == null) {
            errors.add(new Problem.FieldError("startsOn", "a temporary handover needs its first day"));
        } else if (input.startsOn().isBefore(LocalDate.now(zone))) {
            errors.add(new Problem.FieldError("startsOn", "must be today or later"));
        }
        if (input.endsOn() == null) {
            errors.add(new Problem.FieldError("endsOn", "a temporary handover needs its last day"));
        } else if (input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new Problem.FieldError("endsOn", "must be on or after startsOn"));
        }
        if (input.reason() != null || input.lastWorkingDay() != null) {
            errors.add(new Problem.FieldError(input.reason() != null ? "reason" : "lastWorkingDay",
                    "belongs to a departure, not to a temporary handover"));
        }
        if (directory.hasDeparted(absent.id)) {
            errors.add(new Problem.FieldError("userId", absent.fullName + " has left: hand their clients over for good"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The temporary handover is not complete", errors);
        }
    }

    /**
     * The live clients the absent person holds (owner or co-owner), all or those named; the substitute's own are
     * left out (they already stand there). Rows: id, whether a prospect.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> chosen(AppUser absent, List<UUID> named, String substitute) {
        boolean all = named == null || named.isEmpty();
        List<Object[]> rows = em.createNativeQuery("select c.id, c.lifecycle = 'prospect' from client c "
                        + "where c.deleted_at is null and (c.owner_id = :absent or c.co_owner_id = :absent) "
                        + "and c.owner_id is distinct from :substitute and c.co_owner_id is distinct from :substitute "
                        + "and (cast(:all as boolean) or c.id = any(cast(:ids as uuid[]))) order by c.id")
                .setParameter("absent", absent.id).setParameter("substitute", substitute).setParameter("all", all)
                .setParameter("ids", all ? new String[0] : named.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        if (!all) {
            Set<UUID> found = new HashSet<>();
            rows.forEach(row -> found.add((UUID) row[0]));
            List<String> others = named.stream().filter(id -> !found.contains(id)).distinct().limit(10)
                    .map(UUID::toString).toList();
            if (!others.isEmpty()) {
                throw ProblemException.invalid("clientIds", "not live clients " + absent.fullName + " holds (or "
                        + "the substitute holds them already): " + String.join(", ", others));
            }
        }
        if (rows.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, absent.fullName + " holds no clients the substitute "
                    + "could stand in for");
        }
        return rows;
    }

    private long alreadyHeld(String absent, String substitute) {
        return ((Number) em.createNativeQuery("select count(*) from client where deleted_at is null "
                        + "and (owner_id = :absent or co_owner_id = :absent) and (owner_id = :substitute or co_owner_id = :substitute)")
                .setParameter("absent", absent).setParameter("substitute", substitute).getSingleResult()).longValue();
    }

    /**
     * No client gets two temporary owners at once, and the substitute is not one already on any of them (one
     * standing row per person and kind): nothing is arranged, and the problem names the clients.
     */
    @SuppressWarnings("unchecked")
    private void requireFree(String[] ids, String substitute, Instant from, Instant to) {
        List<Object[]> taken = em.createNativeQuery("select c.name, p.user_id, p.valid_from, p.valid_to from party p "
                        + "join client c on c.id = p.client_id where p.client_id = any(cast(:ids as uuid[])) "
                        + "and p.kind = 'temporary-owner' and p.deleted_at is null "
                        + "and (p.valid_to is null or p.valid_to > now()) "
                        + "and (p.valid_from < :to and (p.valid_to is null or p.valid_to > :from) or p.user_id = :substitute) "
                        + "order by c.name limit 10")
                .setParameter("ids", ids).setParameter("from", from).setParameter("to", to)
                .setParameter("substitute", substitute).getResultList();
        if (taken.isEmpty()) {
            // A stand-in of the substitute's that is over but not yet recorded as such is ended now, as the job would.
            em.createNativeQuery("update party set deleted_at = valid_to, deleted_by = :system, updated_at = now(), "
                            + "updated_by = :system, version = version + 1 where client_id = any(cast(:ids as uuid[])) and user_id = :substitute "
                            + "and kind = 'temporary-owner' and deleted_at is null and valid_to <= now()")
                    .setParameter("ids", ids).setParameter("substitute", substitute)
                    .setParameter("system", Actor.system("party-expiry").id()).executeUpdate();
            return;
        }
        List<Problem.FieldError> errors = taken.stream().map(row -> new Problem.FieldError("clientIds",
                row[0] + ": " + directory.namesOf(List.of((String) row[1])).getOrDefault((String) row[1], (String) row[1])
                        + " stands in from " + SqlValues.instant(row[2]) + (row[3] == null ? ""
                                : " until " + SqlValues.instant(row[3])))).toList();
        throw new ProblemException(ProblemType.CONFLICT, "Nothing was arranged: " + (taken.size() == 10 ? "10 or more"
                : taken.size()) + " clients already have a temporary owner in that period", errors);
    }
}
