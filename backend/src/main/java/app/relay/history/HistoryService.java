package app.relay.history;

import app.relay.access.ClientContext;
import app.relay.access.FieldRedactor;
import app.relay.access.PartyKind;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientService;
import app.relay.common.Cursors;
import app.relay.common.SqlValues;
import app.relay.identity.UserDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private final FieldRedactor redactor;
    private final Cursors cursors;

    HistoryService(EntityManager em, ClientService clients, UserDirectory directory, ObjectMapper json,
            AuditLog audit, FieldRedactor redactor, Cursors cursors) {
        this.cursors = cursors;
        this.redactor = redactor;
        this.em = em;
        this.clients = clients;
        this.directory = directory;
        this.json = json;
        this.audit = audit;
    }

    @SuppressWarnings("unchecked")
    public HistoryEntry.Page ofClient(UUID clientId, int limit, String cursor) {
        ClientContext client = clients.contextOf(clients.require(clientId));
        long before = cursors.openId(cursor, Long.MAX_VALUE);
        List<Object[]> rows = em.createNativeQuery("select h.id, h.at, h.actor_id, h.entity_type, h.entity_id, h.action, "
                + "cast(h.changes as text), p.kind, p.user_id, c.full_name, h.context from change_log h "
                + "left join party p on h.entity_type = 'party' and p.id = h.entity_id "
                + "left join contact c on h.entity_type = 'contact' and c.id = h.entity_id "
                + "where h.client_id = :client and h.id < :before order by h.id desc limit " + (limit + 1))
                .setParameter("client", clientId)
                .setParameter("before", before)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<ReadEntry> read = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        for (Object[] row : page) {
            String entity = (String) row[3];
            PartyKind kind = row[7] == null ? null : PartyKind.of((String) row[7]);
            ObjectNode changes = changes((String) row[6]);
            List<String> redacted = kind != null
                    ? redactor.redactPartyChanges(changes, kind, client)
                    : redactor.redactChanges(changes, entity, client);
            // Whom the entry is about, under the same rules as the changes: a contact's name, a party's member.
            ObjectNode subject = json.createObjectNode();
            if (kind != null) {
                subject.putObject("userId").put("to", (String) row[8]);
                redactor.redactPartyChanges(subject, kind, client);
            } else if ("contact".equals(entity)) {
                subject.putObject("fullName").put("to", (String) row[9]);
                redactor.redactChanges(subject, entity, client);
            }
            read.add(new ReadEntry(row, changes, redacted, subject));
            mentioned.add((String) row[2]);
            mentioned.addAll(peopleIn(changes));
            mentioned.addAll(peopleIn(subject));
        }
        Map<String, String> names = directory.namesOf(List.copyOf(mentioned));
        List<HistoryEntry> items = new ArrayList<>();
        for (ReadEntry entry : read) {
            Object[] row = entry.row();
            Map<String, String> people = new TreeMap<>();
            peopleIn(entry.changes()).forEach(id -> putName(people, names, id));
            peopleIn(entry.subject()).forEach(id -> putName(people, names, id));
            items.add(new HistoryEntry(((Number) row[0]).longValue(), SqlValues.instant(row[1]), (String) row[2],
                    names.get((String) row[2]), (String) row[3], (UUID) row[4], subjectName(entry.subject(), names),
                    (String) row[5], toMap(entry.changes()), entry.redacted(), people,
                    HistoryEntry.handoverOf((String) row[10]), HistoryEntry.isCorrection((String) row[10])));
        }
        audit.record(AuditAction.read, "history", null, clientId, items.size(), null);
        String next = more ? cursors.sealId(items.get(items.size() - 1).id()) : null;
        return new HistoryEntry.Page(items, next);
    }

    private record ReadEntry(Object[] row, ObjectNode changes, List<String> redacted, ObjectNode subject) {
    }

    /** Fields that hold a person's id: the holders of the client and a party's member. */
    private static final Set<String> PERSON_FIELDS = Set.of("ownerId", "coOwnerId", "userId");

    /** The people ids a (redacted) change holds; a masked id (`a***`) matches nobody's. */
    private static Set<String> peopleIn(ObjectNode changes) {
        Set<String> ids = new HashSet<>();
        for (String field : PERSON_FIELDS) {
            JsonNode change = changes.get(field);
            if (change != null) {
                for (String side : new String[] {"from", "to"}) {
                    JsonNode id = change.get(side);
                    if (id != null && id.isTextual()) {
                        ids.add(id.asText());
                    }
                }
            }
        }
        return ids;
    }

    private static void putName(Map<String, String> people, Map<String, String> names, String id) {
        String name = names.get(id);
        if (name != null) {
            people.put(id, name);
        }
    }

    private static String subjectName(ObjectNode subject, Map<String, String> names) {
        JsonNode contact = subject.at("/fullName/to");
        if (contact.isTextual()) {
            return contact.asText();
        }
        JsonNode member = subject.at("/userId/to");
        return member.isTextual() ? names.get(member.asText()) : null;
    }

    /** Column names become the API's field names (`owner_id` → `ownerId`). */
    private ObjectNode changes(String raw) {
        try {
            ObjectNode out = json.createObjectNode();
            json.readTree(raw).fields().forEachRemaining(field -> out.set(camel(field.getKey()), field.getValue()));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable change log entry", e);
        }
    }

    private Map<String, HistoryEntry.Change> toMap(ObjectNode changes) {
        Map<String, HistoryEntry.Change> out = new LinkedHashMap<>();
        changes.fields().forEachRemaining(field -> {
            try {
                out.put(field.getKey(), new HistoryEntry.Change(json.treeToValue(field.getValue().get("from"), Object.class),
                        json.treeToValue(field.getValue().get("to"), Object.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable change log entry", e);
            }
        });
        return out;
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
