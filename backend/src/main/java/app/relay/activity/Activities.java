package app.relay.activity;

import app.relay.access.AccessLevel;
import app.relay.access.ClientContext;
import app.relay.access.FieldAccess;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientService;
import app.relay.common.Clock;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.ActingParty;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client's activities: calls, meetings, visits and e-mails, with whom, what came of them, what is next. Whoever
 * sees the client reads its timeline and logs on it. An activity by the successor of a completed handover meets
 * their first contact with the client when it happened after the completion (a backdated call reaches no one):
 * the handover's progress counts it.
 */
@RequestScoped
public class Activities {
    private static final int SHOWN = 200;
    /** Clocks differ a little: "now" from a laptop a minute ahead is not the future. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final EntityManager em;
    private final ClientService clients;
    private final FieldAccess fields;
    private final ActingParty caller;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Inputs inputs;

    Activities(EntityManager em, ClientService clients, FieldAccess fields, ActingParty caller, UserDirectory directory,
            AuditLog audit, Inputs inputs) {
        this.em = em;
        this.clients = clients;
        this.fields = fields;
        this.caller = caller;
        this.directory = directory;
        this.audit = audit;
        this.inputs = inputs;
    }

    /** The client's timeline, newest first (the last 200). */
    @Transactional
    @SuppressWarnings("unchecked")
    public ActivityView.Page of(UUID clientId) {
        Client client = clients.require(clientId);
        List<Object[]> rows = em.createNativeQuery("select a.id, a.kind, a.happened_at, cast(a.contact_ids as text[]), "
                        + "a.outcome, a.next_step, a.created_by, exists (select 1 from handover_item i "
                        + "where i.first_contact_activity_id = a.id) from activity a where a.client_id = :client "
                        + "order by a.happened_at desc, a.id desc limit " + SHOWN)
                .setParameter("client", clientId).getResultList();
        List<ActivityView> shown = views(client, rows);
        audit.record(AuditAction.read, "activity", null, clientId, shown.size(), null);
        return new ActivityView.Page(shown);
    }

    /** Logs one activity; the successor's first since a handover meets their first contact. */
    @Transactional
    public ActivityView log(UUID clientId, ActivityInput input) {
        ActivityInput valid = inputs.requireValid(input == null ? new ActivityInput(null, null, null, null, null) : input);
        Client client = clients.requireLive(clientId);
        Instant now = Clock.now();
        Instant happened = valid.happenedAt() == null ? now : valid.happenedAt();
        if (happened.isAfter(now.plus(SKEW))) {
            throw ProblemException.invalid("happenedAt", "must not be in the future");
        }
        if (happened.isBefore(EARLIEST)) {
            throw ProblemException.invalid("happenedAt", "must be after 1900");
        }
        List<UUID> contacts = valid.contactIds() == null ? List.of() : valid.contactIds().stream().distinct().toList();
        long known = contacts.isEmpty() ? 0 : ((Number) em.createNativeQuery("select count(*) from contact "
                        + "where client_id = :client and deleted_at is null and id = any(cast(:ids as uuid[]))")
                .setParameter("client", clientId).setParameter("ids", ids(contacts)).getSingleResult()).longValue();
        if (known != contacts.size()) {
            throw ProblemException.invalid("contactIds", "each must be a contact person of this client");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into activity (id, client_id, kind, happened_at, contact_ids, outcome, next_step, "
                        + "created_by) values (:id, :client, :kind, :at, cast(:contacts as uuid[]), :outcome, :next, :by)")
                .setParameter("id", id).setParameter("client", clientId).setParameter("kind", valid.kind().name())
                .setParameter("at", happened).setParameter("contacts", ids(contacts))
                .setParameter("outcome", blankToNull(valid.outcome())).setParameter("next", blankToNull(valid.nextStep()))
                .setParameter("by", caller.id()).executeUpdate();
        int met = em.createNativeQuery("update handover_item i set first_contact_at = :at, first_contact_activity_id = :id "
                        + "from handover h where h.id = i.handover_id and h.state = 'completed' and i.client_id = :client "
                        + "and i.successor_id = :me and i.first_contact_due is not null and i.first_contact_at is null "
                        + "and date_trunc('minute', i.first_contact_from) <= :at")
                .setParameter("at", happened).setParameter("id", id).setParameter("client", clientId)
                .setParameter("me", caller.id()).executeUpdate();
        audit.record(AuditAction.create, "activity", id, clientId);
        Object[] row = {id, valid.kind().name(), happened, contacts.stream().map(UUID::toString).toArray(String[]::new),
            blankToNull(valid.outcome()), blankToNull(valid.nextStep()), caller.id(), met > 0};
        return views(client, List.<Object[]>of(row)).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<ActivityView> views(Client client, List<Object[]> rows) {
        ClientContext context = clients.contextOf(client);
        boolean names = fields.level("contact.fullName", context).atLeast(AccessLevel.read);
        List<UUID> contactIds = rows.stream().flatMap(r -> texts(r[3]).stream()).distinct()
                .map(UUID::fromString).toList();
        Map<UUID, String> contactNames = new HashMap<>();
        if (names && !contactIds.isEmpty()) {
            List<Object[]> found = em.createNativeQuery("select id, full_name from contact where id = any(cast(:ids as uuid[]))")
                    .setParameter("ids", ids(contactIds)).getResultList();
            found.forEach(f -> contactNames.put((UUID) f[0], (String) f[1]));
        }
        Map<String, String> people = directory.namesOf(rows.stream().map(r -> (String) r[6]).distinct().toList());
        List<ActivityView> views = new ArrayList<>();
        for (Object[] r : rows) {
            List<ActivityView.Person> with = texts(r[3]).stream().map(UUID::fromString)
                    .map(contact -> new ActivityView.Person(contact, contactNames.get(contact))).toList();
            views.add(new ActivityView((UUID) r[0], client.id, ActivityKind.valueOf((String) r[1]),
                    r[2] instanceof Instant at ? at : SqlValues.instant(r[2]), with, (String) r[4], (String) r[5],
                    (String) r[6], people.get((String) r[6]), Boolean.TRUE.equals(r[7])));
        }
        return views;
    }

    /** A text[] column as the driver hands it over. */
    private static List<String> texts(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String ids(List<UUID> ids) {
        return SqlValues.textArray(ids.stream().map(UUID::toString).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
