package app.relay.handover;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.common.SqlValues;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first contacts overdue after completed handovers, for those who run them: a head of sales those of their
 * teams' people, the director and admins everyone's; nobody else has any to chase. Clients outside the reader's
 * row scope are left out.
 */
@RequestScoped
class FirstContacts {
    private static final int LISTED = 500;

    private final EntityManager em;
    private final HandoverAccess access;
    private final RowScope scope;
    private final FieldAccess fields;
    private final UserDirectory directory;
    private final ZoneId zone;

    FirstContacts(EntityManager em, HandoverAccess access, RowScope scope, FieldAccess fields, UserDirectory directory,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.access = access;
        this.scope = scope;
        this.fields = fields;
        this.directory = directory;
        this.zone = zone;
    }

    @SuppressWarnings("unchecked")
    FirstContactView.Page overdue() {
        Optional<List<String>> people = access.managedPeople();
        if (people.isPresent() && people.get().isEmpty()) {
            return new FirstContactView.Page(List.of(), 0);
        }
        SqlPredicate visible = scope.visibleClients("c");
        String from = " from handover_item i join handover h on h.id = i.handover_id join client c on c.id = i.client_id "
                + "where h.state = 'completed' and c.deleted_at is null and i.first_contact_due is not null "
                + "and i.first_contact_at is null "
                + "and i.first_contact_due < :today and " + visible.sql()
                + (people.isPresent() ? " and coalesce(i.holder_id, h.user_id) = any(cast(:people as text[]))" : "");
        var count = em.createNativeQuery("select count(*)" + from);
        var list = em.createNativeQuery("select h.id, i.id, c.id, c.name, i.successor_id, coalesce(i.holder_id, h.user_id), i.first_contact_due"
                + from + " order by i.first_contact_due, c.name, i.id limit " + LISTED);
        for (var query : List.of(count, list)) {
            query.setParameter("today", LocalDate.now(zone));
            visible.params().forEach(query::setParameter);
            people.ifPresent(ids -> query.setParameter("people", SqlValues.textArray(ids)));
        }
        List<Object[]> rows = list.getResultList();
        boolean names = fields.baseLevel("client.name").atLeast(AccessLevel.read);
        Map<String, String> named = directory.namesOf(rows.stream()
                .flatMap(r -> Stream.of((String) r[4], (String) r[5])).distinct().toList());
        List<FirstContactView> items = rows.stream().map(r -> new FirstContactView((java.util.UUID) r[0],
                (java.util.UUID) r[1], (java.util.UUID) r[2], names ? (String) r[3] : null, (String) r[4],
                named.get((String) r[4]), (String) r[5], named.get((String) r[5]), SqlValues.day(r[6]))).toList();
        return new FirstContactView.Page(items, ((Number) count.getSingleResult()).longValue());
    }
}
