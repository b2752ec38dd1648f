package app.relay.handover;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.Masks;
import app.relay.access.StandingParties;
import app.relay.client.Client;
import app.relay.client.ClientSearch;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A client's handovers as its page shows them: completed ones to everyone who sees the client (the successor
 * first of all), open ones only to those who run the handover or the person leaving, so that a departure
 * in preparation is not told to the whole team.
 */
@RequestScoped
public class ClientHandovers {
    private final EntityManager em;
    private final ClientSearch clients;
    private final StandingParties parties;
    private final FieldAccess fields;
    private final HandoverAccess access;
    private final UserDirectory directory;

    ClientHandovers(EntityManager em, ClientSearch clients, StandingParties parties, FieldAccess fields,
            HandoverAccess access, UserDirectory directory) {
        this.em = em;
        this.clients = clients;
        this.parties = parties;
        this.fields = fields;
        this.access = access;
        this.directory = directory;
    }

    @SuppressWarnings("unchecked")
    public ClientHandoverView.Page of(UUID clientId) {
        Client client = clients.visible(clientId);
        if (client == null) {
            throw ProblemException.notFound("Client");
        }
        AccessLevel level = fields.level("client.notes", client.accessContext(parties.of(clientId)));
        List<Object[]> rows = em.createNativeQuery("select i.id, h.id, h.state, h.user_id, "
                        + "(select max(e.at) from handover_event e where e.handover_id = h.id and e.to_state = 'completed') "
                        + "from handover_item i join handover h on h.id = i.handover_id "
                        + "where i.client_id = :client and h.state <> 'cancelled' order by h.created_at desc")
                .setParameter("client", clientId).getResultList();
        List<ClientHandoverView> shown = new ArrayList<>();
        for (Object[] row : rows) {
            HandoverState state = HandoverState.valueOf((String) row[2]);
            String leaver = (String) row[3];
            if (state != HandoverState.completed && !access.callerId().equals(leaver) && !access.manages(leaver)) {
                continue;
            }
            HandoverItem item = em.find(HandoverItem.class, row[0]);
            shown.add(view(item, (UUID) row[1], state, leaver, row[4] == null ? null : SqlValues.instant(row[4]), level));
        }
        return new ClientHandoverView.Page(shown);
    }

    private ClientHandoverView view(HandoverItem item, UUID handoverId, HandoverState state, String leaver,
            java.time.Instant completedAt, AccessLevel level) {
        Map<String, String> names = directory.namesOf(Stream.of(leaver, item.successorId).filter(Objects::nonNull).toList());
        boolean readable = level.atLeast(AccessLevel.read);
        boolean masked = level == AccessLevel.masked;
        String stateOfWork = readable ? item.stateOfWork
                : masked && item.stateOfWork != null ? Masks.text(item.stateOfWork) : null;
        List<UrgentMatter> urgent = readable ? item.urgentMatters
                : masked ? item.urgentMatters.stream().map(m -> new UrgentMatter(Masks.text(m.text()), m.due())).toList()
                : List.of();
        List<String> redacted = readable ? List.of() : List.of("stateOfWork", "urgentMatters");
        return new ClientHandoverView(handoverId, item.id, state, leaver, names.get(leaver), item.successorId,
                names.get(item.successorId), completedAt, stateOfWork, urgent, redacted);
    }
}
