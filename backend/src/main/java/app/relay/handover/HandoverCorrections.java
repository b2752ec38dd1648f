package app.relay.handover;

import app.relay.access.PartyKind;
import app.relay.access.SegmentCatalog;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.SqlValues;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import app.relay.notice.NoticeKind;
import app.relay.notice.Notices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For {@link #WINDOW} after completion a supervisor may give a completed item to another successor (a wrong
 * choice): the client moves from the first successor to the new one in the kinds the item handed over, the
 * client's history records it as a correction of the handover, and the new successor acknowledges afresh and
 * finds the urgent matters open again. A holding the first successor had before the handover stays theirs.
 */
@RequestScoped
public class HandoverCorrections {
    static final Duration WINDOW = Duration.ofDays(30);
    static final String CONTEXT_PREFIX = "handover-correction:";

    private final EntityManager em;
    private final HandoverAccess access;
    private final HandoverItems items;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Notices notices;
    private final HandoverLetters letters;
    private final FirstContactDeadlines deadlines;
    private final ZoneId zone;

    HandoverCorrections(EntityManager em, HandoverAccess access, HandoverItems items, UserDirectory directory,
            AuditLog audit, Notices notices, HandoverLetters letters, FirstContactDeadlines deadlines,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.letters = letters;
        this.deadlines = deadlines;
        this.zone = zone;
        this.em = em;
        this.access = access;
        this.items = items;
        this.directory = directory;
        this.audit = audit;
        this.notices = notices;
    }

    /** Whether the handover's items may still be corrected: completed less than {@link #WINDOW} ago. */
    boolean open(Handover handover) {
        return handover.kind == HandoverKind.departure && handover.state == HandoverState.completed && !em.createNativeQuery("select 1 from handover_event "
                        + "where handover_id = :id and from_state = 'approved' and to_state = 'completed' "
                        + "and at > now() - cast(:window as interval)")
                .setParameter("id", handover.id).setParameter("window", WINDOW.toDays() + " days").getResultList().isEmpty();
    }

    public HandoverItemView correct(UUID handoverId, UUID itemId, CorrectionInput input) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = em.find(Handover.class, handoverId, LockModeType.PESSIMISTIC_WRITE);
            if (handover == null) {
                throw ProblemException.notFound("Handover");
            }
            access.requireReader(handover);
            access.requireManager(handover);
            if (!open(handover)) {
                throw new ProblemException(ProblemType.CONFLICT, "Only the items of a handover completed within the last "
                        + WINDOW.toDays() + " days can be corrected; reassign the client from its page instead");
            }
            HandoverItem item = items.require(handover, itemId);
            em.lock(item, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(item);
            String from = item.successorId;
            String to = input.successorId().strip();
            if (to.equals(from)) {
                throw ProblemException.invalid("successorId", "this person is already the successor");
            }
            Object[] client = (Object[]) em.createNativeQuery("select lifecycle = 'prospect', " + SegmentCatalog.supervisedSql("segment") + ", "
                    + "name from client where id = :id").setParameter("id", item.clientId).getSingleResult();
            items.requireSuccessor("successorId", to, handover, Boolean.TRUE.equals(client[0]), item.kinds);
            if (Boolean.TRUE.equals(client[1]) && !access.confirmsTopSegments()) {
                throw ProblemException.forbidden("The successor of a client in a supervised segment is confirmed by a "
                        + "head of sales or the director");
            }
            em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                    .setParameter("context", CONTEXT_PREFIX + handover.id).getSingleResult();
            if (move(item, handover.userId, from, to) == 0) {
                throw new ProblemException(ProblemType.CONFLICT, "The first successor no longer holds what the handover "
                        + "gave them here (it has moved on since, or they held it before the handover); reassign it from the "
                        + "client's page");
            }
            em.createNativeQuery("update urgent_matter_done set done_at = null, done_by = :actor where item_id = :id")
                    .setParameter("actor", access.callerId()).setParameter("id", item.id).executeUpdate();
            item.successorId = to;
            item.acknowledgedAt = null;
            item.acknowledgedBy = null;
            item.touch(access.callerId());
            em.flush();
            // The client was told of the first successor: it is told of the right one, who owes the first contact.
            letters.queueAgain(handover, item, access.callerId());
            deadlines.restart(handover.id, item.id, LocalDate.now(zone));
            Map<String, String> names = directory.namesOf(List.of(from, to));
            em.createNativeQuery("insert into handover_event (handover_id, kind, from_state, to_state, actor_id, at, note) "
                            + "values (:id, 'note', 'completed', 'completed', :actor, now(), :note)")
                    .setParameter("id", handover.id).setParameter("actor", access.callerId())
                    .setParameter("note", "correction: " + client[2] + " from " + names.getOrDefault(from, from) + " to "
                            + names.getOrDefault(to, to) + ": " + input.reason().strip())
                    .executeUpdate();
            audit.record(AuditAction.handover, "handover_item", item.id, item.clientId, 1,
                    "corrected from=" + from + " to=" + to);
            notices.send(List.of(to), NoticeKind.item_corrected_to_you, handover.id, handover.userId, 1);
            notices.send(List.of(from), NoticeKind.item_corrected_away, handover.id, handover.userId, 1);
            return items.view(item);
        });
    }

    /**
     * The new successor takes the first one's place in each kind the item handed over, where the first still
     * stands; the team follows a new owner, and a first successor who co-owned the client before the handover made
     * them owner is its co-owner again. Returns how many holdings moved.
     */
    private int move(HandoverItem item, String leaver, String from, String to) {
        AppUser successor = directory.find(to);
        String teams = SqlValues.textArray(successor == null || successor.teams == null ? List.of() : successor.teams);
        int moved = 0;
        if (item.kinds.contains("owner")) {
            moved += em.createNativeQuery("update client c set owner_id = :to, "
                            + "co_owner_id = case when (c.co_owner_id is null or c.co_owner_id = :to) and exists (select 1 "
                            + "from change_log l where l.client_id = c.id and l.entity_type = 'client' "
                            + "and l.context in (:completed, :corrected) and l.changes -> 'owner_id' ->> 'to' = :from "
                            + "and l.changes -> 'co_owner_id' ->> 'from' = :from) then :from "
                            + "when c.co_owner_id = :to then null else c.co_owner_id end, "
                            + "team = case when c.team = any(cast(:teams as text[])) then c.team "
                            + "else coalesce((cast(:teams as text[]))[1], c.team) end, "
                            + "updated_at = now(), updated_by = :actor, version = c.version + 1 "
                            + "where c.id = :client and c.owner_id = :from")
                    .setParameter("to", to).setParameter("from", from).setParameter("teams", teams)
                    .setParameter("client", item.clientId).setParameter("actor", access.callerId())
                    .setParameter("completed", "handover:" + item.handoverId)
                    .setParameter("corrected", CONTEXT_PREFIX + item.handoverId).executeUpdate();
        }
        if (item.kinds.contains("co-owner")) {
            // Where the first successor owned the client already, completion folded the co-ownership into it.
            moved += em.createNativeQuery("update client c set "
                            + "co_owner_id = case when c.owner_id = :to then null else :to end, "
                            + "updated_at = now(), updated_by = :actor, version = c.version + 1 where c.id = :client "
                            + "and (c.co_owner_id = :from or c.co_owner_id is null and c.owner_id = :from "
                            + "and not cast(:owner as boolean))")
                    .setParameter("to", to).setParameter("from", from).setParameter("client", item.clientId)
                    .setParameter("owner", item.kinds.contains("owner")).setParameter("actor", access.callerId())
                    .executeUpdate();
        }
        // Other kinds: the rows this handover gave the first successor (by completion or an earlier correction), never
        // a partnership they had of their own; where they had one, the new successor gets the leaver's (as it was).
        moved += ((Number) em.createNativeQuery(PartyHandOff.sql("mine as (select p.id, p.client_id, p.kind, p.duties, "
                        + "p.valid_from, p.valid_to from party p where p.client_id = :client and p.user_id = :from and p.deleted_at is null "
                        + "and p.kind = any(cast(:kinds as text[])) and p.kind in (" + PartyKind.sightKindsSql() + ") "
                        + "and (p.valid_to is null or p.valid_to > now()) and p.id in (select l.entity_id from change_log l "
                        + "where l.client_id = :client and l.entity_type = 'party' and l.action = 'created' "
                        + "and l.context in (:completed, :corrected)) for update of p), "
                        + "given as (select p.id, p.client_id, p.kind, p.duties, p.valid_from, "
                        + "cast(l.changes -> 'valid_to' ->> 'from' as timestamptz) as valid_to from party p "
                        + "join change_log l on l.entity_id = p.id and l.client_id = :client and l.entity_type = 'party' "
                        + "and l.action = 'deleted' and l.context = :completed where p.client_id = :client "
                        + "and p.user_id = :leaver and p.kind = any(cast(:kinds as text[])) "
                        + "and p.kind in (" + PartyKind.sightKindsSql() + ") and p.kind not in (select kind from mine) "
                        + "and exists (select 1 from party f where f.client_id = :client and f.user_id = :from "
                        + "and f.kind = p.kind and f.deleted_at is null)), "
                        + "leaving as (select m.*, cast(:to as varchar) as successor_id, true as ends from mine m "
                        + "union all select g.*, cast(:to as varchar), false from given g "
                        + "where g.valid_to is null or g.valid_to > now())"))
                .setParameter("client", item.clientId).setParameter("from", from).setParameter("to", to)
                .setParameter("leaver", leaver).setParameter("kinds", SqlValues.textArray(item.kinds))
                .setParameter("actor", access.callerId()).setParameter("completed", "handover:" + item.handoverId)
                .setParameter("corrected", CONTEXT_PREFIX + item.handoverId).getSingleResult()).intValue();
        return moved;
    }
}
