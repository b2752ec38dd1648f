package app.relay.pipeline;

import app.relay.access.ClientHolders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Whom a client entering a phase is handed to: the active people of that phase's role in the client's team, each in
 * turn (round-robin, remembered per team and phase); or nobody yet where the team's rule is the head of sales' choice
 * ({@link RoutingRules}). Two moves at once take turns on the team's row.
 */
@ApplicationScoped
class Routing {
    private final EntityManager em;
    private final ClientHolders holders;

    Routing(EntityManager em, ClientHolders holders) {
        this.em = em;
        this.holders = holders;
    }

    /** The next person in turn, or null when the team has nobody of that role or its head of sales chooses. */
    String next(Phase phase, String team) {
        List<String> people = holders.inTurn(phase.role(), team);
        if (people.isEmpty()) {
            return null;
        }
        em.createNativeQuery("insert into pipeline_routing (team, phase) values (:team, :phase) on conflict do nothing")
                .setParameter("team", team).setParameter("phase", phase.name()).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select rule, last_user_id from pipeline_routing "
                        + "where team = :team and phase = :phase for update")
                .setParameter("team", team).setParameter("phase", phase.name()).getSingleResult();
        if (RoutingRule.of((String) row[0]) == RoutingRule.HEAD_OF_SALES) {
            return null;
        }
        String last = (String) row[1];
        String next = people.stream().filter(id -> last == null || id.compareTo(last) > 0).findFirst()
                .orElse(people.get(0));
        em.createNativeQuery("update pipeline_routing set last_user_id = :next where team = :team and phase = :phase")
                .setParameter("next", next).setParameter("team", team).setParameter("phase", phase.name())
                .executeUpdate();
        return next;
    }
}
