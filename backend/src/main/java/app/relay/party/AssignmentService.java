package app.relay.party;

import app.relay.access.PartyKind;
import app.relay.client.ClientService;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Assigns one person to many clients in one transaction: every client changes, or none does (the
 * problem names the client that stopped it). Each client goes through the same checks as one by one.
 */
@RequestScoped
@Transactional
public class AssignmentService {
    private final ClientService clients;
    private final PartyService parties;
    private final Inputs inputs;
    private final ObjectMapper json;

    AssignmentService(ClientService clients, PartyService parties, Inputs inputs, ObjectMapper json) {
        this.clients = clients;
        this.parties = parties;
        this.inputs = inputs;
        this.json = json;
    }

    public int assign(AssignmentInput input) {
        inputs.requireValid(input);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(input.clientIds()));
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            try {
                assignOne(id, input);
            } catch (ProblemException problem) {
                List<Problem.FieldError> errors = new ArrayList<>();
                int sent = input.clientIds().indexOf(id); // the caller's position, repeats or not
                errors.add(new Problem.FieldError("clientIds[" + sent + "]", "client " + id + ": " + problem.getMessage()));
                if (problem.errors() != null) {
                    errors.addAll(problem.errors());
                }
                throw new ProblemException(problem.type(), "Nothing was assigned: client " + id + " cannot take it ("
                        + problem.getMessage() + ")", errors);
            }
        }
        return ids.size();
    }

    private void assignOne(UUID id, AssignmentInput input) {
        if (input.kind().isHolderColumn()) {
            ObjectNode patch = json.createObjectNode()
                    .put(input.kind() == PartyKind.OWNER ? "ownerId" : "coOwnerId", input.userId());
            clients.patch(id, ETags.of(clients.requireLive(id).version), patch);
            return;
        }
        parties.add(id, new PartyInput(input.userId(), input.kind(), input.duties(), input.validFrom(), input.validTo()));
    }
}
