package app.relay.pipeline;

import app.relay.access.AccessLevel;
import app.relay.access.ClientContext;
import app.relay.access.FieldAccess;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientService;
import app.relay.common.ProblemException;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** A client's way along the conveyor, as its readers may see it. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StageTimeline {
    private final EntityManager em;
    private final ClientService clients;
    private final FieldAccess fields;
    private final UserDirectory directory;
    private final AuditLog audit;

    StageTimeline(EntityManager em, ClientService clients, FieldAccess fields, UserDirectory directory, AuditLog audit) {
        this.em = em;
        this.clients = clients;
        this.fields = fields;
        this.directory = directory;
        this.audit = audit;
    }

    /** The client's moves, newest first, for those who may read its stage; next steps and owners under their rules. */
    @SuppressWarnings("unchecked")
    public StageMoveView.Page of(UUID clientId) {
        Client client = clients.require(clientId);
        ClientContext context = clients.contextOf(client);
        if (!fields.level("client.stageId", context).atLeast(AccessLevel.read)) {
            throw ProblemException.forbidden("Your role may not see where clients stand on the conveyor");
        }
        boolean steps = fields.level("client.nextStep", context).atLeast(AccessLevel.read);
        boolean owners = fields.level("client.ownerId", context).atLeast(AccessLevel.read);
        List<String> redacted = StageMoveView.withheld(steps, owners);
        List<Object[]> rows = em.createNativeQuery("select id, from_stage_id, to_stage_id, reason, next_step, "
                        + "next_step_due, owner_before, owner_after, moved_by, moved_at from stage_move "
                        + "where client_id = :client order by moved_at desc, id limit 500")
                .setParameter("client", clientId).getResultList();
        Map<String, String> names = directory.namesOf(rows.stream()
                .flatMap(r -> Stream.of((String) r[6], (String) r[7], (String) r[8])).filter(Objects::nonNull)
                .distinct().toList());
        List<StageMoveView> items = rows.stream().map(r -> new StageMoveView((UUID) r[0], clientId, (UUID) r[1],
                (UUID) r[2], (String) r[3], steps ? (String) r[4] : null,
                steps ? (LocalDate) r[5] : null,
                owners ? (String) r[6] : null, owners ? names.get((String) r[6]) : null,
                owners ? (String) r[7] : null, owners ? names.get((String) r[7]) : null,
                (String) r[8], names.get((String) r[8]), (Instant) r[9], redacted)).toList();
        audit.record(AuditAction.read, "stage-move", null, clientId, items.size(), null);
        return new StageMoveView.Page(items, null);
    }
}
