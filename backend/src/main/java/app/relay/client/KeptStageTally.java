package app.relay.client;

import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.access.StandingParties;
import app.relay.access.TeamSight;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The board's counts and sums from the totals kept per team, owner, segment and stage (V25), where they answer exactly
 * what a live count would: the filter asks at most a team, an owner, a segment and a stage. The row scope names the cells read whole
 * ({@link RowScope#wholeCells}: the caller's teams, or a phase of them, and the clients they own); the few clients
 * they see otherwise (co-owned, or as a party) are counted live.
 */
@RequestScoped
class KeptStageTally {
    private final EntityManager em;
    private final RowScope scope;

    KeptStageTally(EntityManager em, RowScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** The tally from the kept totals, or empty when the filter asks more than they hold. */
    Optional<List<StageTally>> of(ClientFilter filter) {
        if (!answersFrom(filter)) {
            return Optional.empty();
        }
        SqlPredicate cells = scope.wholeCells("a");
        Map<String, Object> params = new HashMap<>(cells.params());
        String narrowed = narrowed(filter, params);
        String kept = cells.sql() + narrowed;
        StringBuilder sql = new StringBuilder("select a.stage_id, sum(a.clients), sum(a.revenue_12m) from (")
                .append("select a.stage_id, a.clients, a.revenue_12m from stage_tally a where ").append(kept)
                .append(" union all select a.stage_id, a.clients, a.revenue_12m from stage_tally_delta a where ")
                .append(kept);
        TeamSight sight = scope.teamSight();
        if (!sight.everything() && sight.standing()) {
            // A client can stand in a kept cell and have the caller as a party too: counted there, not again.
            sql.append(" union all select a.stage_id, 1, coalesce(f.revenue_12m, 0) from client a ")
                    .append("left join client_figures f on f.client_id = a.id where a.deleted_at is null and a.id in (")
                    .append(StandingParties.clientsBesideOwning("kept_me")).append(") and not coalesce(")
                    .append(cells.sql()).append(", false)").append(narrowed);
            params.put("kept_me", scope.callerId());
        }
        sql.append(") a group by a.stage_id");
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Optional.of(rows.stream().map(row -> new StageTally((UUID) row[0], ((Number) row[1]).longValue(),
                (BigDecimal) row[2])).toList());
    }

    /** The filters the totals can answer: a team, an owner (or nobody), a segment, a stage; live clients only. */
    private static boolean answersFrom(ClientFilter filter) {
        return !filter.deleted() && filter.q() == null && filter.lifecycle() == null && filter.country() == null
                && filter.region() == null && filter.tag() == null;
    }

    /** The filter's team, owner, segment and stage over rows aliased `a` (totals, deltas, clients). */
    private static String narrowed(ClientFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        equal(sql, params, "team", filter.team());
        if (ClientFilter.NOBODY.equals(filter.ownerId())) {
            sql.append(" and a.owner_id is null");
        } else {
            equal(sql, params, "owner_id", filter.ownerId());
        }
        equal(sql, params, "segment", filter.segment());
        equal(sql, params, "stage_id", filter.stageId());
        return sql.toString();
    }

    private static void equal(StringBuilder sql, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            sql.append(" and a.").append(column).append(" = :kept_").append(column);
            params.put("kept_" + column, value);
        }
    }
}
