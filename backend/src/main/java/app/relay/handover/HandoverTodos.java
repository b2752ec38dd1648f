package app.relay.handover;

import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientSearch;
import app.relay.common.Clock;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.ActingParty;
import app.relay.identity.UserDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The urgent matters of completed handovers stand as their successors' to-dos, due dates first: read from
 * the items as the reader may see them (a client no longer theirs drops out), each marked done by its holder.
 */
@RequestScoped
public class HandoverTodos {
    /** Done ones stay listed this long, so that a mark made by mistake can be taken back. */
    private static final Duration DONE_SHOWN = Duration.ofDays(14);
    private static final int MAX_ITEMS = 500;

    private final EntityManager em;
    private final HandoverItems items;
    private final ActingParty caller;
    private final UserDirectory directory;
    private final ClientSearch clients;
    private final AuditLog audit;

    HandoverTodos(EntityManager em, HandoverItems items, ActingParty caller, UserDirectory directory,
            ClientSearch clients, AuditLog audit) {
        this.clients = clients;
        this.audit = audit;
        this.em = em;
        this.items = items;
        this.caller = caller;
        this.directory = directory;
    }

    @SuppressWarnings("unchecked")
    public TodoView.Page mine() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<HandoverItem> found = em.createNativeQuery("select i.* from handover_item i join handover h "
                            + "on h.id = i.handover_id where h.state = 'completed' and i.successor_id = :me "
                            + "and jsonb_array_length(i.urgent_matters) > 0 order by i.updated_at desc, i.id limit " + MAX_ITEMS,
                            HandoverItem.class)
                    .setParameter("me", caller.id()).getResultList();
            Instant shownSince = Clock.now().minus(DONE_SHOWN);
            List<TodoView> todos = new ArrayList<>(todosOf(found).stream()
                    .filter(todo -> todo.doneAt() == null || !todo.doneAt().isBefore(shownSince)).toList());
            // Open ones first, the most urgent on top; done ones after, the latest first.
            todos.sort((a, b) -> {
                if ((a.doneAt() == null) != (b.doneAt() == null)) {
                    return a.doneAt() == null ? -1 : 1;
                }
                if (a.doneAt() != null) {
                    return b.doneAt().compareTo(a.doneAt());
                }
                if (a.due() == null || b.due() == null) {
                    return a.due() == null ? (b.due() == null ? 0 : 1) : -1;
                }
                return a.due().compareTo(b.due());
            });
            audit.recordMany(AuditAction.list, "handover_item", found.size(), "to-dos");
            return new TodoView.Page(todos);
        });
    }

    /** Marks one of the caller's to-dos done (or open again); answers it as it now stands. */
    public TodoView mark(UUID itemId, int position, boolean done) {
        QuarkusTransaction.requiringNew().run(() -> {
            HandoverItem item = em.find(HandoverItem.class, itemId);
            Handover handover = item == null ? null : em.find(Handover.class, item.handoverId);
            if (handover == null || handover.state != HandoverState.completed || !caller.id().equals(item.successorId)
                    || position < 0 || position >= item.urgentMatters.size() || clients.visible(item.clientId) == null) {
                throw ProblemException.notFound("To-do");
            }
            em.createNativeQuery("insert into urgent_matter_done (item_id, position, done_at, done_by) "
                            + "values (:item, :position, case when cast(:done as boolean) then now() end, :me) "
                            + "on conflict (item_id, position) do update set done_at = excluded.done_at, done_by = :me")
                    .setParameter("item", itemId).setParameter("position", position).setParameter("done", done)
                    .setParameter("me", caller.id()).executeUpdate();
        });
        return QuarkusTransaction.requiringNew().call(() -> todosOf(List.of(em.find(HandoverItem.class, itemId))).stream()
                .filter(todo -> todo.position() == position).findFirst()
                .orElseThrow(() -> ProblemException.notFound("To-do")));
    }

    /**
     * The to-dos of these items as the reader may see them (the items' views, under the field rules), whether done
     * or not, in three statements however many items: who left them, what is done, the items' views.
     */
    @SuppressWarnings("unchecked")
    private List<TodoView> todosOf(List<HandoverItem> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(item -> item.id).toList();
        Map<UUID, String> leaverOf = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select i.id, coalesce(i.holder_id, h.user_id) from handover_item i join handover h "
                + "on h.id = i.handover_id where i.id in (:ids)").setParameter("ids", ids).getResultList())
                .forEach(row -> leaverOf.put((UUID) row[0], (String) row[1]));
        Map<Spot, Instant> doneAt = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select item_id, position, done_at from urgent_matter_done "
                + "where item_id in (:ids) and done_at is not null").setParameter("ids", ids).getResultList())
                .forEach(row -> doneAt.put(new Spot((UUID) row[0], ((Number) row[1]).intValue()), SqlValues.instant(row[2])));
        Map<UUID, Integer> stored = new HashMap<>();
        found.forEach(item -> stored.put(item.id, item.urgentMatters.size()));
        Map<String, String> names = directory.namesOf(leaverOf.values());
        List<TodoView> todos = new ArrayList<>();
        for (HandoverItemView item : items.views(found)) {
            if (item.clientName() == null && item.client() == null) {
                continue; // no longer a client the reader may open
            }
            String from = leaverOf.get(item.id());
            List<UrgentMatter> matters = item.urgentMatters();
            boolean redacted = item.redactedFields().contains("urgentMatters");
            int count = matters != null ? matters.size() : stored.get(item.id());
            for (int position = 0; position < count; position++) {
                UrgentMatter matter = matters == null ? null : matters.get(position);
                todos.add(new TodoView(item.id(), position, item.handoverId(), item.clientId(), item.clientName(),
                        from, names.get(from), matter == null ? null : matter.text(),
                        matter == null ? null : matter.due(), doneAt.get(new Spot(item.id(), position)),
                        matter == null ? List.of("text", "due") : redacted ? List.of("text") : List.of()));
            }
        }
        return todos;
    }

    /** One urgent matter of one item. */
    private record Spot(UUID itemId, int position) {
    }
}
