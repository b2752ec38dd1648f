package app.relay.audit;

import app.relay.common.Clock;
import app.relay.identity.ActingParty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/**
 * Records every read, change and export of client data: who, what, how many, when, from where.
 * Reads go through {@link AuditBuffer} (no commit per read); the rest is written at once.
 */
@RequestScoped
public class AuditLog {
    private final EntityManager em;
    private final ActingParty user;
    private final AuditBuffer buffer;

    AuditLog(EntityManager em, ActingParty user, AuditBuffer buffer) {
        this.em = em;
        this.user = user;
        this.buffer = buffer;
    }

    /** One record read or changed; `clientId` ties contact and history events to their client. */
    public void record(AuditAction action, String entityType, UUID entityId, UUID clientId) {
        record(action, entityType, entityId, clientId, 1, null);
    }

    /** Many records at once (a list page, an export), with what was asked for. */
    public void recordMany(AuditAction action, String entityType, int count, String detail) {
        record(action, entityType, null, null, count, detail);
    }

    public void record(AuditAction action, String entityType, UUID entityId, UUID clientId, int count, String detail) {
        // Reads wait in the buffer and are written together; changes and exports are written here, in the
        // transaction of the change.
        boolean read = action == AuditAction.read || action == AuditAction.list;
        if (read && buffer.offer(new AuditBuffer.Entry(Clock.now(), user.actor().id(), action, entityType, entityId,
                clientId, count, user.actor().address(), detail == null ? null : truncate(detail)))) {
            return;
        }
        // In the caller's transaction when there is one (a change and its record commit together).
        QuarkusTransaction.joiningExisting().run(() -> em.createNativeQuery("insert into audit_event (actor_id, action, entity_type, entity_id, client_id, "
                        + "record_count, source_ip, detail) values (:actor, :action, :type, cast(:entity as uuid), "
                        + "cast(:client as uuid), :count, cast(:ip as varchar), cast(:detail as varchar))")
                .setParameter("actor", user.actor().id())
                .setParameter("action", action.name())
                .setParameter("type", entityType)
                .setParameter("entity", entityId == null ? null : entityId.toString())
                .setParameter("client", clientId == null ? null : clientId.toString())
                .setParameter("count", count)
                .setParameter("ip", user.actor().address())
                .setParameter("detail", detail == null ? null : truncate(detail))
                .executeUpdate());
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
