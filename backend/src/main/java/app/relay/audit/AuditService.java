package app.relay.audit;

import app.relay.access.CurrentUser;
import app.relay.access.Roles;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.user.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the audit log: the director sees all of it, a head of sales what concerns their teams. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {
    private final EntityManager em;
    private final CurrentUser user;
    private final UserDirectory directory;

    AuditService(EntityManager em, CurrentUser user, UserDirectory directory) {
        this.em = em;
        this.user = user;
        this.directory = directory;
    }

    @SuppressWarnings("unchecked")
    public AuditEntry.Page search(String actorId, UUID clientId, AuditAction action, int limit, long before) {
        StringBuilder sql = new StringBuilder("select a.id, a.at, a.actor_id, a.action, a.entity_type, a.entity_id, "
                + "a.client_id, a.record_count, a.source_ip, a.detail from audit_event a where a.id < :before");
        Map<String, Object> params = new HashMap<>();
        params.put("before", before);
        sql.append(scope(params));
        if (actorId != null) {
            sql.append(" and a.actor_id = :actor");
            params.put("actor", actorId);
        }
        if (clientId != null) {
            sql.append(" and a.client_id = :client");
            params.put("client", clientId);
        }
        if (action != null) {
            sql.append(" and a.action = :action");
            params.put("action", action.name());
        }
        sql.append(" order by a.id desc limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<String, String> names = directory.namesOf(page.stream().map(r -> (String) r[2]).toList());
        List<AuditEntry> items = new ArrayList<>();
        for (Object[] r : page) {
            items.add(new AuditEntry(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], names.get((String) r[2]),
                    AuditAction.valueOf((String) r[3]), (String) r[4], (UUID) r[5], (UUID) r[6],
                    ((Number) r[7]).intValue(), (String) r[8], (String) r[9]));
        }
        return new AuditEntry.Page(items, more ? Long.toString(items.get(items.size() - 1).id()) : null);
    }

    /** The director reads everything; a head of sales the acts of their team members and on their teams' clients. */
    private String scope(Map<String, Object> params) {
        if (user.hasRole(Roles.DIRECTOR)) {
            return "";
        }
        if (user.hasRole(Roles.HEAD_OF_SALES) && !user.teams().isEmpty()) {
            params.put("teams", user.teams());
            return " and (exists (select 1 from app_user u, unnest(u.teams) t where u.id = a.actor_id and t in (:teams))"
                    + " or a.client_id in (select c.id from client c where c.team in (:teams)))";
        }
        throw ProblemException.forbidden("The audit log is for the director and heads of sales");
    }
}
