package app.relay.handover;

import app.relay.access.ClientContext;
import app.relay.access.FieldRedactor;
import app.relay.access.StandingParties;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientSearch;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.UserDirectory;
import app.relay.letter.LetterView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A client's handovers as its page shows them: completed ones to everyone who sees the client (the successor
 * first of all), open ones only to those who run the handover or the person leaving, so that a departure
 * in preparation is not told to the whole team. The write-up is read under the `handover.*` field rules.
 */
@RequestScoped
public class ClientHandovers {
    private final EntityManager em;
    private final ClientSearch clients;
    private final StandingParties parties;
    private final FieldRedactor redactor;
    private final HandoverAccess access;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final HandoverLetters letters;

    ClientHandovers(EntityManager em, ClientSearch clients, StandingParties parties, FieldRedactor redactor,
            HandoverAccess access, UserDirectory directory, AuditLog audit, HandoverLetters letters) {
        this.letters = letters;
        this.audit = audit;
        this.em = em;
        this.clients = clients;
        this.parties = parties;
        this.redactor = redactor;
        this.access = access;
        this.directory = directory;
    }

    @SuppressWarnings("unchecked")
    public ClientHandoverView.Page of(UUID clientId) {
        Client client = clients.visible(clientId);
        if (client == null) {
            throw ProblemException.notFound("Client");
        }
        ClientContext context = client.accessContext(parties.of(clientId));
        List<Object[]> rows = em.createNativeQuery("select i.id, h.id, h.state, coalesce(i.holder_id, h.user_id), "
                        + "(select max(e.at) from handover_event e where e.handover_id = h.id and e.kind = 'transition' "
                        + "and e.to_state = 'completed'), h.kind "
                        + "from handover_item i join handover h on h.id = i.handover_id "
                        + "where i.client_id = :client and h.kind in ('departure', 'rotation') and h.state <> 'cancelled' order by h.created_at desc")
                .setParameter("client", clientId).getResultList();
        Map<UUID, List<LetterView>> written = letters.written(rows.stream()
                .filter(row -> HandoverState.completed.name().equals(row[2])).map(row -> (UUID) row[0]).toList());
        List<ClientHandoverView> shown = new ArrayList<>();
        for (Object[] row : rows) {
            HandoverState state = HandoverState.valueOf((String) row[2]);
            String leaver = (String) row[3];
            // Who runs it: the leaver's supervisors, or those of every member of a rotation.
            boolean runs = HandoverKind.rotation.name().equals(row[5]) ? access.runs(em.find(Handover.class, row[1]))
                    : access.manages(leaver);
            if (state != HandoverState.completed && !access.callerId().equals(leaver) && !runs) {
                continue;
            }
            HandoverItem item = em.find(HandoverItem.class, row[0]);
            shown.add(redactor.redact(view(item, (UUID) row[1], state, leaver,
                    row[4] == null ? null : SqlValues.instant(row[4]),
                    letters.shown(written.get(item.id), context, runs)),
                    "handover", context));
        }
        audit.record(AuditAction.read, "handover_item", null, clientId, shown.size(), null);
        return new ClientHandoverView.Page(shown);
    }

    private ClientHandoverView view(HandoverItem item, UUID handoverId, HandoverState state, String leaver,
            Instant completedAt, List<LetterView> written) {
        Map<String, String> names = directory.namesOf(Stream.of(leaver, item.successorId).filter(Objects::nonNull).toList());
        return new ClientHandoverView(handoverId, item.id, state, leaver, names.get(leaver), item.successorId,
                names.get(item.successorId), completedAt, item.stateOfWork, item.urgentMatters, written, List.of());
    }
}
