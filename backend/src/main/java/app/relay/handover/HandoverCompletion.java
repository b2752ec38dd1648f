package app.relay.handover;

import app.relay.access.PartyKind;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves every client of an approved handover to its successor, in the caller's transaction and in a few
 * set-based statements: all move or none does. The successor takes the leaver's place in the same kind
 * (owner for owner, co-owner for co-owner, partner for partner, …); a client's other owner is never demoted;
 * the team follows the new owner. Rows an edit locked are waited for and then re-checked, so an edit
 * committed meanwhile is neither lost nor overwritten. Each change is recorded in the client's history as
 * part of the handover.
 */
@RequestScoped
public class HandoverCompletion {
    /**
     * SQL: the successor of item `i` stands at its client now (as the completion made them), which a client given to
     * someone else before the completion is not, nor one of a cover still to come.
     */
    static final String SUCCESSOR_STANDS = "exists (select 1 from party p where p.client_id = i.client_id "
            + "and p.user_id = i.successor_id and p.kind = any(i.kinds) and p.deleted_at is null "
            + "and p.valid_from <= now() and (p.valid_to is null or p.valid_to > now()))";

    private final EntityManager em;
    private final HandoverItems items;
    private final UserDirectory directory;
    private final ObjectMapper json;

    HandoverCompletion(EntityManager em, HandoverItems items, UserDirectory directory, ObjectMapper json) {
        this.em = em;
        this.items = items;
        this.directory = directory;
        this.json = json;
    }

    /** Returns how many holdings changed hands (an owner, a co-owner, a partnership, …). */
    int complete(Handover handover, String actor) {
        requireCurrentSuccessors(handover);
        if (items.uncovered(handover) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Clients came to the person leaving while the handover "
                    + "was being completed; nothing was moved: complete it again");
        }
        em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                .setParameter("context", "handover:" + handover.id).getSingleResult();
        // Each client is reached by its key from its item: the holder tests below are `is not distinct from`, not `=`,
        // so that the planner never scans the leaver's clients once per item (their count is unknown to its
        // statistics right after they were assigned: 50 million rows looked at for 10,000 clients).
        int owners = update(ownersMove("c.owner_id is not distinct from :leaver"), handover, actor, true);
        int coOwners = update("update client c set "
                + "co_owner_id = case when c.owner_id = i.successor_id then null else i.successor_id end, "
                + "updated_at = now(), updated_by = :actor, version = c.version + 1 from handover_item i "
                + "where i.handover_id = :handover and i.client_id = c.id and c.co_owner_id is not distinct from :leaver",
                handover, actor, false);
        // Partners, temporary owners and sponsors: the leaver's row ends, the successor's begins (same duties
        // and end date), unless the successor already stands there in that kind.
        int others = ((Number) em.createNativeQuery(PartyHandOff.sql("leaving as (select p.id, p.client_id, p.kind, "
                        + "p.duties, p.valid_from, p.valid_to, i.successor_id, true as ends from party p join handover_item i "
                        + "on i.client_id = p.client_id and i.handover_id = :handover where p.user_id = :leaver "
                        + "and p.deleted_at is null and p.kind in (" + PartyKind.sightKindsSql() + ") "
                        + "and (p.valid_to is null or p.valid_to > now()) for update of p)"))
                .setParameter("handover", handover.id).setParameter("leaver", handover.userId).setParameter("actor", actor)
                .getSingleResult()).intValue();
        moveDeletedClients(handover, actor);
        long left = items.uncovered(handover);
        if (left > 0) {
            // Cannot happen after the check above unless the data changed under us: never leave half a handover.
            throw new IllegalStateException(left + " clients still stand with the person leaving after completion");
        }
        return owners + coOwners + others;
    }

    /**
     * A rotation's clients move from their members to their successors (the owner only; a successor who was
     * co-owner is co-owner no more). The caller checked that each client is still its member's.
     */
    int rotate(Handover handover, String actor) {
        requireCurrentSuccessors(handover);
        em.createNativeQuery("select set_config('relay.change_context', :context, true)")
                .setParameter("context", "handover:" + handover.id).getSingleResult();
        return em.createNativeQuery(ownersMove("c.owner_id = i.holder_id")).setParameter("handover", handover.id)
                .setParameter("actor", actor).setParameter("teams", teamsOf(successors(handover))).executeUpdate();
    }

    /**
     * Each item's client whose owner passes `holderTest` gets the item's successor as owner (no longer co-owner), and
     * the team follows the new owner.
     */
    private static String ownersMove(String holderTest) {
        return "update client c set owner_id = i.successor_id, "
                + "co_owner_id = case when c.co_owner_id = i.successor_id then null else c.co_owner_id end, "
                + "team = case when jsonb_exists(t.teams, c.team) then c.team else coalesce(t.teams ->> 0, c.team) end, "
                + "updated_at = now(), updated_by = :actor, version = c.version + 1 "
                + "from handover_item i, jsonb_each(cast(:teams as jsonb)) t(successor, teams) "
                + "where i.handover_id = :handover and i.client_id = c.id and " + holderTest
                + " and t.successor = i.successor_id";
    }

    /**
     * Clients the leaver held that were deleted (before the handover or since) go to the successor with the
     * most items, so that a later restore never lands with someone who left.
     */
    @SuppressWarnings("unchecked")
    private void moveDeletedClients(Handover handover, String actor) {
        List<String> main = em.createNativeQuery("select successor_id from handover_item where handover_id = :handover "
                        + "group by successor_id order by count(*) desc, successor_id limit 1")
                .setParameter("handover", handover.id).getResultList();
        if (main.isEmpty()) {
            return;
        }
        String successor = main.get(0);
        String teams = teamsOf(List.of(successor));
        for (String column : List.of("owner_id", "co_owner_id")) {
            String set = column.equals("owner_id")
                    ? "owner_id = :successor, co_owner_id = case when c.co_owner_id = :successor then null "
                            + "else c.co_owner_id end, team = case when jsonb_exists(cast(:teams as jsonb) -> :successor, "
                            + "c.team) then c.team else coalesce(cast(:teams as jsonb) -> :successor ->> 0, c.team) end"
                    : "co_owner_id = case when c.owner_id = :successor then null else :successor end";
            var query = em.createNativeQuery("update client c set " + set + ", updated_at = now(), "
                            + "updated_by = :actor, version = c.version + 1 where c." + column + " = :leaver "
                            + "and c.deleted_at is not null")
                    .setParameter("successor", successor).setParameter("actor", actor)
                    .setParameter("leaver", handover.userId);
            if (column.equals("owner_id")) {
                query.setParameter("teams", teams);
            }
            query.executeUpdate();
        }
    }

    private int update(String sql, Handover handover, String actor, boolean withTeams) {
        var query = em.createNativeQuery(sql).setParameter("handover", handover.id)
                .setParameter("leaver", handover.userId).setParameter("actor", actor);
        if (withTeams) {
            query.setParameter("teams", teamsOf(successors(handover)));
        }
        return query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> successors(Handover handover) {
        return em.createNativeQuery("select distinct successor_id from handover_item where handover_id = :handover "
                + "and successor_id is not null").setParameter("handover", handover.id).getResultList();
    }

    /** Each successor's teams, as JSON for the statements: the client's team follows its new owner. */
    private String teamsOf(List<String> people) {
        Map<String, List<String>> teams = new HashMap<>();
        for (String person : people) {
            AppUser user = directory.find(person);
            teams.put(person, user == null || user.teams == null ? List.of() : user.teams);
        }
        try {
            return json.writeValueAsString(teams);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every item has a successor who may still take it (someone may have left or changed role since approval). */
    @SuppressWarnings("unchecked")
    private void requireCurrentSuccessors(Handover handover) {
        List<Object[]> rows = em.createNativeQuery("select i.successor_id, bool_and(c.lifecycle = 'prospect'), "
                        + "bool_or('executive-sponsor' = any(i.kinds)), count(*) from handover_item i "
                        + "join client c on c.id = i.client_id where i.handover_id = :handover group by 1")
                .setParameter("handover", handover.id).getResultList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Object[] row : rows) {
            String successor = (String) row[0];
            if (successor == null) {
                errors.add(new Problem.FieldError("items", row[3] + " items have no successor"));
                continue;
            }
            try {
                items.requireSuccessor("successorId", successor, handover, Boolean.TRUE.equals(row[1]),
                        Boolean.TRUE.equals(row[2]) ? List.of("executive-sponsor") : List.of());
            } catch (ProblemException refused) {
                errors.add(new Problem.FieldError("successorId", successor + " (" + row[3] + " items): "
                        + refused.errors().get(0).message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Nothing was moved: some successors can no longer take "
                    + "the clients over; choose others", errors);
        }
    }
}
