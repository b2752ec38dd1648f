package app.relay.pipeline;

import app.relay.access.AccessLevel;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.ClientContext;
import app.relay.access.ClientHolders;
import app.relay.access.FieldAccess;
import app.relay.access.PartyKind;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientService;
import app.relay.client.Lifecycle;
import app.relay.client.NextStep;
import app.relay.client.Qualification;
import app.relay.client.StagePlacement;
import app.relay.common.Clock;
import app.relay.common.Inputs;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.AppUser;
import app.relay.identity.Roles;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves on the conveyor. Within a phase anyone working in it moves a client; forward into the next phase it is
 * handed on (to its first stage, unless the mover works in that phase too) by the team's rule, a lead only once its
 * Money, Authority and Need are said; lost with a reason from anywhere; back a phase, over one, or out of lost only
 * by a supervisor. Each move is kept (who, when, why, the next step) and writes who found, qualified and closed.
 */
@RequestScoped
@Transactional
public class StageMoves {
    private final EntityManager em;
    private final ClientService clients;
    private final StageService stages;
    private final Routing routing;
    private final Attribution attribution;
    private final ActingParty acting;
    private final Capabilities capabilities;
    private final FieldAccess fields;
    private final UserDirectory directory;
    private final Inputs inputs;
    private final AuditLog audit;
    private final ZoneId zone;
    private final ClientHolders holders;

    StageMoves(EntityManager em, ClientService clients, StageService stages, Routing routing, Attribution attribution,
            ActingParty acting, Capabilities capabilities, FieldAccess fields, UserDirectory directory, Inputs inputs,
            AuditLog audit, @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone,
            ClientHolders holders) {
        this.holders = holders;
        this.zone = zone;
        this.em = em;
        this.clients = clients;
        this.stages = stages;
        this.routing = routing;
        this.attribution = attribution;
        this.acting = acting;
        this.capabilities = capabilities;
        this.fields = fields;
        this.directory = directory;
        this.inputs = inputs;
        this.audit = audit;
    }

    public StageMoveView move(UUID clientId, StageMoveInput input) {
        inputs.requireValid(input);
        Client client = clients.requireLive(clientId);
        Stage from = stages.require(client.stageId);
        Stage to = target(input.stageId());
        if (input.fromStageId() != null && !input.fromStageId().equals(from.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Someone moved this client meanwhile: it is at "
                    + from.names.en() + " now");
        }
        if (to.id.equals(from.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "The client is at " + to.names.en() + " already");
        }
        Actor me = acting.actor();
        requireMove(me, from, to);
        String reason = blankless(input.reason());
        if (to.phase == Phase.lost && reason == null) {
            throw ProblemException.invalid("reason", "say why the client is lost");
        }
        NextStep nextStep = nextStep(input);
        Qualification qualification = merged(client.qualification, input.qualification());
        boolean leavesLead = from.phase == Phase.lead && to.phase != Phase.lead && to.phase != Phase.lost;
        if (leavesLead) {
            Qualification known = qualification != null ? qualification : client.qualification;
            if (known == null || !known.complete()) {
                throw new ProblemException(ProblemType.VALIDATION, "A lead passes to sales once it is qualified",
                        List.of(new Problem.FieldError("qualification", "say its Money, Authority and Need",
                                Problem.FieldError.REQUIRED)));
            }
        }
        ClientContext before = clients.contextOf(client);
        requireHandsOn(me, client, before, from, to);
        boolean showsOwner = fields.level("client.ownerId", before).atLeast(AccessLevel.read);
        boolean showsStep = fields.level("client.nextStep", before).atLeast(AccessLevel.read);
        String ownerBefore = client.ownerId;
        boolean chosen = input.ownerId() != null;
        String owner = chosen ? input.ownerId() : handedTo(client, from, to);
        clients.placeOnStage(client, new StagePlacement(to.id, to.phase.name(), to.phase.lifecycle(client.lifecycle),
                owner, chosen, qualification, nextStep));
        UUID moveId = record(client.id, from, to, reason, nextStep, ownerBefore, owner);
        attribute(client, from, to, me);
        audit.record(AuditAction.update, "client", client.id, client.id, 1, "stage " + from.key + " → " + to.key);
        // Told as the timeline would tell it to the mover, under the rules of the client as it was when they moved it.
        Map<String, String> owners = directory.namesOf(Stream.of(ownerBefore, owner).filter(Objects::nonNull).toList());
        return new StageMoveView(moveId, client.id, from.id, to.id, reason,
                showsStep && nextStep != null ? nextStep.text() : null,
                showsStep && nextStep != null ? nextStep.due() : null,
                showsOwner ? ownerBefore : null, showsOwner ? owners.get(ownerBefore) : null,
                showsOwner ? owner : null, showsOwner ? owners.get(owner) : null,
                me.id(), me.fullName(), Clock.now(), StageMoveView.withheld(showsStep, showsOwner));
    }

    /** What the caller said over what the client had, part by part (an empty part keeps the one recorded). */
    private static Qualification merged(Qualification known, Qualification said) {
        if (said == null) {
            return null;
        }
        Qualification given = said.stripped();
        if (given == null) {
            return null;
        }
        Qualification base = known == null ? new Qualification(null, null, null) : known;
        return new Qualification(given.money() != null ? given.money() : base.money(),
                given.authority() != null ? given.authority() : base.authority(),
                given.need() != null ? given.need() : base.need());
    }

    /**
     * A client changes phase by the hand of whoever holds it (or stands at it), or from the pool (no owner), or by a
     * supervisor: a colleague's lead is theirs to pass on or lose.
     */
    private void requireHandsOn(Actor me, Client client, ClientContext context, Stage from, Stage to) {
        if (from.phase == to.phase || client.ownerId == null || context.hasParty(me.id())
                || me.isSystem() || me.hasAnyRole(Roles.DIRECTOR, Roles.HEAD_OF_SALES, Roles.INTEGRATION)) {
            return;
        }
        throw refused("Someone else holds this client: they or your head of sales move it into another phase");
    }

    /** The stage moved to, locked against being archived or given another phase until this move commits. */
    private Stage target(UUID id) {
        Stage stage = em.find(Stage.class, id, LockModeType.PESSIMISTIC_READ);
        if (stage == null) {
            throw ProblemException.invalid("stageId", "is not a stage (GET /api/v1/pipeline/stages)");
        }
        if (stage.archived()) {
            throw ProblemException.invalid("stageId", "the stage " + stage.key + " is archived");
        }
        return stage;
    }

    /** The conveyor's rules of who moves where; see the class comment. */
    private void requireMove(Actor me, Stage from, Stage to) {
        if (!from.phase.worksIn(me) && from.phase != Phase.lost) {
            throw refused("You do not work clients in the " + from.phase + " phase");
        }
        boolean forward = to.phase == from.phase.next();
        boolean allowed = to.phase == from.phase && from.phase != Phase.lost || to.phase == Phase.lost || forward;
        if (!allowed && !capabilities.has(Capability.PIPELINE_MOVE_BACK)) {
            throw refused("Moving a client back a phase, over one, or out of lost is for a head of sales or the "
                    + "director");
        }
        if (forward && !to.phase.worksIn(me) && !to.id.equals(firstOf(to.phase))) {
            throw refused("You hand a client on to the " + to.phase + " phase at its first stage; the "
                    + to.phase + " people move it further");
        }
    }

    private UUID firstOf(Phase phase) {
        return stages.all().stream().filter(s -> s.phase == phase && !s.archived()).map(s -> s.id).findFirst()
                .orElse(null);
    }

    /**
     * Who holds the client after the move: its owner, unless it goes forward into a new phase the owner does not work
     * in; then the next of that phase's people in the team by its rule, or — nobody there, or the team's head of sales
     * chooses — a prospect waits unassigned in the team and a customer stays with its owner (who closed it, as a
     * rule) until someone assigns it. A lost lead leaves a lead generator's hands.
     */
    private String handedTo(Client client, Stage from, Stage to) {
        if (to.phase == Phase.lost && client.ownerId != null && !holders.mayHold(client.ownerId, false)) {
            return null; // a lead generator's lead, lost: it waits with the supervisors, not with them
        }
        boolean forward = from.phase != Phase.lost && to.phase.ordinal() > from.phase.ordinal();
        if (!forward || to.phase.role() == null || worksIn(client.ownerId, to.phase)) {
            return client.ownerId;
        }
        String next = routing.next(to.phase, client.team);
        if (next != null) {
            return next;
        }
        return to.phase.lifecycle(client.lifecycle) == Lifecycle.prospect ? null : client.ownerId;
    }

    /** Whether the person holds clients in this phase by their role (a head of sales holds them in any). */
    private boolean worksIn(String userId, Phase phase) {
        AppUser person = userId == null ? null : directory.find(userId);
        return person != null && person.roles != null
                && (person.roles.contains(phase.role()) || person.roles.contains(Roles.HEAD_OF_SALES));
    }

    private UUID record(UUID clientId, Stage from, Stage to, String reason, NextStep nextStep, String ownerBefore,
            String ownerAfter) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into stage_move (id, client_id, from_stage_id, to_stage_id, reason, next_step, "
                        + "next_step_due, owner_before, owner_after, moved_by, moved_at) values (:id, :client, :from, "
                        + ":to, :reason, :step, :due, :before, :after, :by, now())")
                .setParameter("id", id).setParameter("client", clientId).setParameter("from", from.id)
                .setParameter("to", to.id).setParameter("reason", reason)
                .setParameter("step", nextStep == null ? null : nextStep.text())
                .setParameter("due", nextStep == null ? null : nextStep.due())
                .setParameter("before", ownerBefore).setParameter("after", ownerAfter)
                .setParameter("by", acting.id()).executeUpdate();
        return id;
    }

    /**
     * Who found the client (its creator), written by whichever move comes first (later ones find it there); leaving the
     * leads, who qualified it; becoming a customer, who closed.
     */
    private void attribute(Client client, Stage from, Stage to, Actor me) {
        attribution.record(client.id, PartyKind.FINDER, client.createdBy, me.id());
        String person = me.kind() == Actor.Kind.PERSON ? me.id() : null;
        if (from.phase == Phase.lead && (to.phase == Phase.sales || to.phase == Phase.account)) {
            attribution.record(client.id, PartyKind.QUALIFIER, person, me.id());
        }
        if (from.phase != Phase.account && to.phase == Phase.account) {
            attribution.record(client.id, PartyKind.CLOSER, person, me.id());
        }
    }

    private NextStep nextStep(StageMoveInput input) {
        String text = blankless(input.nextStep());
        if (text == null && input.nextStepDue() != null) {
            throw ProblemException.invalid("nextStep", "say what is due on " + input.nextStepDue());
        }
        if (input.nextStepDue() != null && input.nextStepDue().isBefore(LocalDate.now(zone))) {
            throw new ProblemException(ProblemType.VALIDATION, "The next step is due today or later",
                    List.of(new Problem.FieldError("nextStepDue", "must be today or later", Problem.FieldError.PAST)));
        }
        return text == null ? null : new NextStep(text, input.nextStepDue());
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, List.of(new Problem.FieldError("stageId", detail,
                Problem.FieldError.NOT_ALLOWED)));
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
