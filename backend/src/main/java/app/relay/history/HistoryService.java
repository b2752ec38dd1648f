package app.relay.history;

import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientService;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.user.UserDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the change history that database triggers record for clients and contacts. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryService {
    private final EntityManager em;
    private final ClientService clients;
    private final UserDirectory directory;
    private final ObjectMapper json;
    private final AuditLog audit;

    HistoryService(EntityManager em, ClientService clients, UserDirectory directory, ObjectMapper json,
            AuditLog audit) {
        this.em = em;
        this.clients = clients;
        this.directory = directory;
        this.json = json;
        this.audit = audit;
    }

    @SuppressWarnings("unchecked")
    public HistoryEntry.Page ofClient(UUID clientId, int limit, String cursor) {
        clients.require(clientId);
        long before = SqlValues.idCursor(cursor);
        List<Object[]> rows = em.createNativeQuery("select id, at, actor_id, entity_type, entity_id, action, "
                + "cast(changes as text) from change_log where client_id = :client and id < :before "
                + "order by id desc limit " + (limit + 1))
                .setParameter("client", clientId)
                .setParameter("before", before)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<String, String> names = directory.namesOf(page.stream().map(r -> (String) r[2]).toList());
        List<HistoryEntry> items = new ArrayList<>();
        for (Object[] row : page) {
            items.add(new HistoryEntry(((Number) row[0]).longValue(), SqlValues.instant(row[1]), (String) row[2],
                    names.get((String) row[2]), (String) row[3], (UUID) row[4], (String) row[5],
                    changes((String) row[6])));
        }
        audit.record(AuditAction.read, "history", null, clientId, items.size(), null);
        String next = more ? Long.toString(items.get(items.size() - 1).id()) : null;
        return new HistoryEntry.Page(items, next);
    }

    /** Column names become the API's field names (`owner_id` → `ownerId`). */
    private Map<String, HistoryEntry.Change> changes(String raw) {
        try {
            JsonNode node = json.readTree(raw);
            Map<String, HistoryEntry.Change> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.put(camel(field.getKey()), new HistoryEntry.Change(
                        json.treeToValue(field.getValue().get("from"), Object.class),
                        json.treeToValue(field.getValue().get("to"), Object.class)));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable change log entry", e);
        }
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
