package app.relay.client;

import app.relay.access.FieldRedactor;
import app.relay.access.StandingParties;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Turns clients into API views, field rules applied. */
@ApplicationScoped
public class ClientViews {
    private final ClientMapper mapper;
    private final UserDirectory directory;
    private final FieldRedactor redactor;
    private final StandingParties parties;
    private final EntityManager em;

    ClientViews(EntityManager em, ClientMapper mapper, UserDirectory directory, FieldRedactor redactor,
            StandingParties parties) {
        this.em = em;
        this.parties = parties;
        this.mapper = mapper;
        this.directory = directory;
        this.redactor = redactor;
    }

    /** A page, read with everything its views need. */
    public List<ClientView> of(List<ListedClient> listed) {
        return listed.stream().map(this::of).toList();
    }

    /** A page with each client's access context, for reading its contact persons under the same rules. */
    public List<ClientInScope> inScope(List<ListedClient> listed) {
        return listed.stream()
                .map(row -> new ClientInScope(of(row), row.client().accessContext(row.otherParties())))
                .toList();
    }

    /** One client being read or just changed: its names, parties and count are looked up. */
    public ClientView of(Client client, long contactCount) {
        Map<String, String> names = directory.namesOf(Stream.of(client.ownerId, client.coOwnerId).toList());
        return of(new ListedClient(client, names.get(client.ownerId), names.get(client.coOwnerId),
                parties.of(client.id), contactCount, figuresOf(client.id)));
    }

    private ClientFigures figuresOf(UUID clientId) {
        List<?> rows = em.createNativeQuery("select revenue_12m, overdue_receivables, first_order_on, last_order_on, "
                + "order_interval_days from client_figures where client_id = :id").setParameter("id", clientId)
                .getResultList();
        return rows.isEmpty() ? ClientFigures.NONE : ClientFigures.of((Object[]) rows.get(0), 0);
    }

    private ClientView of(ListedClient row) {
        Client c = row.client();
        Map<String, String> names = new HashMap<>(2);
        names.put(c.ownerId, row.ownerName());
        names.put(c.coOwnerId, row.coOwnerName());
        return redactor.redact(mapper.toView(c, names, row.contactCount(), row.figures()), "client",
                c.accessContext(row.otherParties()));
    }
}
