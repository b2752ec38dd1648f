package app.relay.pipeline;

import app.relay.access.RowScope;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.identity.ActingParty;
import app.relay.identity.Teams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each team's rule for handing on the clients that enter sales or account management: round-robin (the default) or
 * the head of sales' choice. The director, admins and the team's heads of sales read and set it.
 */
@RequestScoped
@Transactional
public class RoutingRules {
    /** The phases a client is handed into; lead generation takes new clients, lost has no owner to find. */
    static final List<Phase> HANDED_INTO = List.of(Phase.sales, Phase.account);

    private final EntityManager em;
    private final RowScope scope;
    private final Teams teams;
    private final Inputs inputs;
    private final ActingParty acting;
    private final AuditLog audit;

    RoutingRules(EntityManager em, RowScope scope, Teams teams, Inputs inputs, ActingParty acting, AuditLog audit) {
        this.em = em;
        this.scope = scope;
        this.teams = teams;
        this.inputs = inputs;
        this.acting = acting;
        this.audit = audit;
    }

    /** The rules of every team the caller supervises (none for those who supervise nobody). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoutingView.Page list() {
        List<String> supervised = scope.supervisedTeams().orElse(null);
        if (supervised != null && supervised.isEmpty()) {
            return new RoutingView.Page(List.of()); // supervising nobody: no need to ask Keycloak for the teams
        }
        List<String> known = teams.current();
        List<String> mine = (supervised == null ? known : supervised).stream().filter(known::contains).sorted().toList();
        Map<String, RoutingView> stored = new HashMap<>();
        if (!mine.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select team, phase, rule, version, updated_at, updated_by "
                    + "from pipeline_routing where team in (:teams)").setParameter("teams", mine).getResultList();
            rows.forEach(row -> stored.put(row[0] + "/" + row[1], view(row)));
        }
        List<RoutingView> out = new ArrayList<>();
        for (String team : mine) {
            for (Phase phase : HANDED_INTO) {
                out.add(stored.getOrDefault(team + "/" + phase.name(),
                        new RoutingView(team, phase, RoutingRule.ROUND_ROBIN, 0, null, null)));
            }
        }
        return new RoutingView.Page(out);
    }

    /** Sets a team's rule for a phase, refused when the caller's If-Match is not its current version. */
    public RoutingView set(String team, String phaseName, String ifMatch, RoutingInput input) {
        if (!scope.supervises(List.of(team))) {
            throw ProblemException.forbidden("Only the director, admins and the team's heads of sales set how its "
                    + "clients are handed on");
        }
        if (!teams.exists(team)) {
            throw ProblemException.notFound("Team " + team);
        }
        Phase phase = HANDED_INTO.stream().filter(p -> p.name().equals(phaseName)).findFirst().orElseThrow(() ->
                ProblemException.invalid("phase", "must be sales or account: the phases a client is handed into"));
        inputs.requireValid(input);
        // The row exists from here on, and is locked until this change commits: a concurrent one waits, then sees it.
        em.createNativeQuery("insert into pipeline_routing (team, phase) values (:team, :phase) on conflict do nothing")
                .setParameter("team", team).setParameter("phase", phase.name()).executeUpdate();
        Object[] current = (Object[]) em.createNativeQuery("select version, rule from pipeline_routing "
                        + "where team = :team and phase = :phase for update")
                .setParameter("team", team).setParameter("phase", phase.name()).getSingleResult();
        ETags.requireCurrent(ifMatch, ((Number) current[0]).longValue());
        if (!input.rule().wireName().equals(current[1])) {
            em.createNativeQuery("update pipeline_routing set rule = :rule, version = version + 1, updated_at = now(), "
                            + "updated_by = :by where team = :team and phase = :phase")
                    .setParameter("rule", input.rule().wireName()).setParameter("by", acting.id())
                    .setParameter("team", team).setParameter("phase", phase.name()).executeUpdate();
            audit.record(AuditAction.update, "routing", UUID.nameUUIDFromBytes(("routing:" + team + "/" + phase.name())
                    .getBytes(StandardCharsets.UTF_8)), null, 1, team + " " + phase.name() + ": " + current[1] + " → "
                    + input.rule().wireName());
        }
        Object[] row = (Object[]) em.createNativeQuery("select team, phase, rule, version, updated_at, updated_by "
                        + "from pipeline_routing where team = :team and phase = :phase")
                .setParameter("team", team).setParameter("phase", phase.name()).getSingleResult();
        return view(row);
    }

    private static RoutingView view(Object[] row) {
        return new RoutingView((String) row[0], Phase.valueOf((String) row[1]), RoutingRule.of((String) row[2]),
                ((Number) row[3]).longValue(), (Instant) row[4], (String) row[5]);
    }
}
