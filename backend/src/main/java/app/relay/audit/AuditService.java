package app.relay.audit;

import app.relay.access.AccessLevel;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.common.Cursors;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the audit log: the director sees all of it, a head of sales what concerns their teams. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {
    private final EntityManager em;
    private final UserDirectory directory;
    private final RowScope access;
    private final FieldAccess fields;
    private final Capabilities capabilities;
    private final Cursors cursors;
    private final AuditBuffer buffer;

    AuditService(EntityManager em, UserDirectory directory, RowScope access, FieldAccess fields,
            Capabilities capabilities, Cursors cursors, AuditBuffer buffer) {
        this.buffer = buffer;
        this.capabilities = capabilities;
        this.cursors = cursors;
        this.em = em;
        this.directory = directory;
        this.access = access;
        this.fields = fields;
    }

    @SuppressWarnings("unchecked")
    public AuditEntry.Page search(AuditQuery q) {
        buffer.flush(); // the reads of the last moment belong to the answer
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select a.id, a.at, a.actor_id, a.action, a.entity_type, a.entity_id, "
                + "a.client_id, a.record_count, a.source_ip, a.detail, c.name from audit_event a "
                + "left join client c on c.id = a.client_id and " + namedClients(params)
                + " where a.id < :before");
        params.put("before", q.before());
        sql.append(scope(params));
        filter(sql, params, "a.actor_id = :actor", "actor", q.actorId());
        filter(sql, params, "a.client_id = :client", "client", q.clientId());
        filter(sql, params, "a.action = :action", "action", q.action() == null ? null : q.action().name());
        filter(sql, params, "a.at >= :from", "from", q.from());
        filter(sql, params, "a.at < :to", "to", q.to());
        int limit = q.limit();
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
                    AuditAction.valueOf((String) r[3]), (String) r[4], (UUID) r[5], (UUID) r[6], (String) r[10],
                    ((Number) r[7]).intValue(), (String) r[8], (String) r[9]));
        }
        return new AuditEntry.Page(items, more ? cursors.sealId(items.get(items.size() - 1).id()) : null);
    }

    private static void filter(StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    /**
     * Names a client only to a reader who may see it and its name: the log shows what others
     * touched, but never becomes a way round the row and field rules.
     */
    private String namedClients(Map<String, Object> params) {
        if (!fields.baseLevel("client.name").atLeast(AccessLevel.read)) {
            return "false";
        }
        SqlPredicate visible = access.visibleClients("c");
        params.putAll(visible.params());
        return visible.sql();
    }

    /** The director reads everything; a head of sales the acts of their team members and on their teams' clients. */
    private String scope(Map<String, Object> params) {
        capabilities.require(Capability.AUDIT_READ, "The audit log is for the director and heads of sales");
        Optional<List<String>> supervised = access.supervisedTeams();
        if (supervised.isEmpty()) {
            return "";
        }
        if (!supervised.get().isEmpty()) {
            params.put("teams", supervised.get());
            SqlPredicate clients = access.supervisedClients("c");
            params.putAll(clients.params());
            return " and (exists (select 1 from app_user u, unnest(u.teams) t where u.id = a.actor_id and t in (:teams))"
                    + " or a.client_id in (select c.id from client c where " + clients.sql() + "))";
        }
        throw ProblemException.forbidden("The audit log is for the director and heads of sales");
    }
}
