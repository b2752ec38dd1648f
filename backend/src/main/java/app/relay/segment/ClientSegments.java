package app.relay.segment;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientService;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * A client's segment set by hand with a reason (an override the recalculation respects), or given back to the
 * rules. Visible as its client is; read and written under the `client.segment` field rule.
 */
@RequestScoped
@Transactional
public class ClientSegments {
    private final ClientService clients;
    private final SegmentPins pins;
    private final FieldAccess fields;
    private final Inputs inputs;
    private final UserDirectory directory;
    private final AuditLog audit;

    ClientSegments(ClientService clients, SegmentPins pins, FieldAccess fields, Inputs inputs, UserDirectory directory,
            AuditLog audit) {
        this.audit = audit;
        this.clients = clients;
        this.pins = pins;
        this.fields = fields;
        this.inputs = inputs;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SegmentPlacement get(UUID clientId) {
        Client client = clients.require(clientId);
        if (!fields.level("client.segment", clients.contextOf(client)).atLeast(AccessLevel.read)) {
            throw ProblemException.forbidden("Your role may not see segments");
        }
        return placement(client);
    }

    public SegmentPlacement set(UUID clientId, SegmentPlacement.Input input) {
        inputs.requireValid(input);
        Client client = clients.requireLive(clientId);
        if (Boolean.FALSE.equals(input.pinned())) {
            clients.requireSegmentPlacement(client);
            pins.release(clientId);
            audit.record(AuditAction.update, "client", clientId, clientId, 1, "segment given back to the rules");
            return placement(client);
        }
        if (input.segment() == null || input.segment().isBlank()) {
            throw ProblemException.invalid("segment", "is required (or pinned: false to give the client back to the rules)");
        }
        clients.placeSegment(client, input.segment().strip(),
                input.reason() == null || input.reason().isBlank() ? null : input.reason().strip());
        return placement(client);
    }

    private SegmentPlacement placement(Client client) {
        Object[] pin = pins.of(client.id);
        if (pin == null) {
            return new SegmentPlacement(client.segment, false, null, null, null, null);
        }
        String by = (String) pin[1];
        AppUser person = directory.find(by);
        return new SegmentPlacement(client.segment, true, (String) pin[0], by, person == null ? by : person.fullName,
                (Instant) pin[2]);
    }
}
