package app.relay.client;

import app.relay.access.ClientContext;
import app.relay.access.ClientHolders;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SegmentCatalog;
import app.relay.access.StandingParties;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Cursor;
import app.relay.common.Cursors;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.Records;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The rules of the central client file: create, change, soft-delete and restore clients. */
@RequestScoped
@Transactional
public class ClientService {
    private final EntityManager em;
    private final ClientSearch search;
    private final RowScope access;
    private final ClientMapper mapper;
    private final ClientViews views;
    private final Inputs inputs;
    private final AuditLog audit;
    private final FieldAccess fields;
    private final Cursors cursors;
    private final ClientHolders holders;
    private final ClientRepeats repeats;
    private final StandingParties parties;
    private final SegmentCatalog segments;
    private final Event<SegmentSetByHand> segmentSet;

    ClientService(EntityManager em, ClientSearch search, RowScope access, ClientMapper mapper, ClientViews views,
            Inputs inputs, AuditLog audit, FieldAccess fields, Cursors cursors,
            ClientHolders holders, ClientRepeats repeats, StandingParties parties, SegmentCatalog segments,
            Event<SegmentSetByHand> segmentSet) {
        this.parties = parties;
        this.segmentSet = segmentSet;
        this.segments = segments;
        this.cursors = cursors;
        this.holders = holders;
        this.repeats = repeats;
        this.em = em;
        this.search = search;
        this.access = access;
        this.mapper = mapper;
        this.views = views;
        this.inputs = inputs;
        this.audit = audit;
        this.fields = fields;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientView.Page list(ClientFilter asked, boolean withTotal) {
        ClientFilter filter = search.readableOrder(asked);
        if (filter.deleted() && !access.canRestore()) {
            throw ProblemException.forbidden("Only a head of sales, the director or an admin may list deleted clients");
        }
        List<ListedClient> rows = search.page(filter);
        boolean more = rows.size() > filter.limit();
        List<ListedClient> page = more ? rows.subList(0, filter.limit()) : rows;
        String next = null;
        if (more) {
            Client last = page.get(page.size() - 1).client();
            next = cursors.seal(new Cursor(filter.sort().keyOf(last), last.id));
        }
        audit.recordMany(AuditAction.list, "client", page.size(), filter.describe());
        Long counted = withTotal ? search.countUpTo(filter, ClientSearch.COUNTED_UP_TO) : null;
        Long total = counted == null ? null : Math.min(counted, ClientSearch.COUNTED_UP_TO);
        Boolean capped = counted == null ? null : counted > ClientSearch.COUNTED_UP_TO;
        return new ClientView.Page(views.of(page), next, total, capped);
    }

    /** Per stage, how many clients the caller may see match the filter, and their 12-month revenue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StageTally> tallyByStage(ClientFilter filter) {
        return search.tallyByStage(search.readableOrder(filter));
    }

    /** Every client matching the filter that the caller may see, up to `max` + 1 (to tell "too many"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClientInScope> allMatching(ClientFilter filter, int max) {
        return views.inScope(search.page(search.readableOrder(filter).everything(max)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientView get(UUID id) {
        Client client = require(id);
        audit.record(AuditAction.read, "client", id, id);
        return view(client);
    }

    public ClientView create(ClientInput input, boolean allowDuplicateName) {
        inputs.requireValid(input);
        String me = access.callerId();
        boolean prospect = input.lifecycle() == Lifecycle.prospect;
        // Without an owner named, the creator takes the client if they may hold it; else it waits unassigned.
        String owner = input.ownerId() != null ? input.ownerId() : holders.mayHold(me, prospect) ? me : null;
        String team = input.team() != null ? input.team()
                : owner != null && !owner.equals(me) ? holders.teamFollowing(owner, access.defaultTeam())
                : access.defaultTeam();
        List<String> provided = new ArrayList<>(Records.provided(input));
        // Taking a new client oneself, in one's own team, is what everyone may do; the rest is assignment.
        if (me.equals(owner)) {
            provided.remove("ownerId");
        }
        if (Objects.equals(team, access.defaultTeam())) {
            provided.remove("team");
        }
        Client client = new Client();
        client.id = UUID.randomUUID();
        mapper.apply(input, client);
        client.ownerId = owner;
        client.team = team;
        fields.checkWritable("client", provided, contextOf(client));
        if (client.segment != null) {
            requireSegmentMove(null, client.segment, client.team);
        }
        requireOwnerPastProspect(client.ownerId, client.lifecycle);
        holders.requireHolder("ownerId", owner, prospect);
        holders.requireHolder("coOwnerId", input.coOwnerId(), false);
        holders.requireTeam(team);
        repeats.refuse(input, allowDuplicateName);
        client.markCreated(me);
        em.persist(client);
        em.flush();
        em.refresh(client); // its first stage is the database's to choose, by its lifecycle
        if (client.segment != null) {
            segmentSet.fire(new SegmentSetByHand(client.id, client.segment, null));
        }
        audit.record(AuditAction.create, "client", client.id, client.id);
        return view(client);
    }

    /** Applies a JSON merge patch, refusing it when the caller's If-Match version is not current. */
    public ClientView patch(UUID id, String ifMatch, JsonNode patch) {
        Client client = requireLive(id);
        ETags.requireCurrent(ifMatch, client.version);
        ClientInput current = mapper.toInput(client);
        ClientInput next = inputs.patch(current, patch);
        fields.checkWritable("client", Records.changed(current, next), contextOf(client));
        boolean newSegment = !Objects.equals(current.segment(), next.segment());
        if (newSegment) {
            requireSegmentMove(current.segment(), next.segment(), client.team);
        }
        next = checkHolders(current, next, patch.has("team"));
        requireFitsPhase(next.lifecycle(), client);
        if (newSegment) {
            // Before the row is written: its observer waits for a recalculation batch, which may hold this row.
            segmentSet.fire(new SegmentSetByHand(id, next.segment(), null));
        }
        mapper.apply(next, client);
        client.touch(access.callerId());
        em.flush();
        audit.record(AuditAction.update, "client", id, id);
        return view(client);
    }

    /**
     * Places a client by hand, saying why (the segment action): into `segment`, or where it is when null. The checks
     * of a change in the form, and the client's supervisor's word for one in a supervised segment even when it
     * stays there (it is pinned there, or given back to the rules, which may move it out).
     */
    public void placeSegment(Client client, String segment, String reason) {
        requireSegmentPlacement(client);
        String target = segment == null ? client.segment : segment;
        requireSegmentMove(client.segment, target, client.team);
        segmentSet.fire(new SegmentSetByHand(client.id, target, reason));
        if (!Objects.equals(client.segment, target)) {
            client.segment = target;
            client.touch(access.callerId());
            em.flush();
        }
        audit.record(AuditAction.update, "client", client.id, client.id, 1, "segment set by hand");
    }

    /** Refuses a caller who may not place this client by hand: no write on its segment, or not its supervisor's. */
    public void requireSegmentPlacement(Client client) {
        fields.checkWritable("client", List.of("segment"), contextOf(client));
        requireSegmentMove(client.segment, client.segment, client.team);
    }

    /**
     * Puts the client at a stage of the conveyor (the pipeline decides which moves are allowed): the field rules of
     * everything that changes, a holder who may hold it, the team following a new owner.
     */
    public void placeOnStage(Client client, StagePlacement to) {
        List<String> touched = new ArrayList<>(List.of("stageId"));
        if (to.lifecycle() != client.lifecycle) {
            touched.add("lifecycle");
        }
        if (to.qualification() != null && !to.qualification().equals(client.qualification)) {
            touched.add("qualification");
        }
        if (to.nextStep() != null && !to.nextStep().equals(client.nextStep)) {
            touched.add("nextStep");
        }
        boolean newOwner = !Objects.equals(to.ownerId(), client.ownerId);
        if (newOwner && to.ownerChosen()) {
            touched.add("ownerId");
        }
        fields.checkWritable("client", touched, contextOf(client));
        requireOwnerPastProspect(to.ownerId(), to.lifecycle());
        if ((newOwner || to.lifecycle() != client.lifecycle) && to.ownerId() != null) {
            holders.requireHolder("ownerId", to.ownerId(), to.lifecycle() == Lifecycle.prospect);
        }
        if (newOwner && to.ownerId() != null) {
            client.team = holders.teamFollowing(to.ownerId(), client.team);
        }
        client.stageId = to.stageId();
        client.phase = to.phase();
        client.lifecycle = to.lifecycle();
        client.ownerId = to.ownerId();
        if (to.qualification() != null) {
            client.qualification = to.qualification();
        }
        if (to.nextStep() != null) {
            client.nextStep = to.nextStep();
        }
        client.touch(access.callerId()); // the stage action records its own audit entry, naming the stages
        em.flush();
    }

    public void delete(UUID id, String ifMatch) {
        Client client = requireLive(id);
        if (!access.canDelete()) {
            throw ProblemException.forbidden("Your role may not delete clients");
        }
        ETags.requireCurrent(ifMatch, client.version);
        client.markDeleted(access.callerId());
        audit.record(AuditAction.delete, "client", id, id);
    }

    public ClientView restore(UUID id) {
        if (!access.canRestore()) {
            throw ProblemException.forbidden("Only a head of sales, the director or an admin may restore clients");
        }
        Client client = require(id);
        if (!client.isDeleted()) {
            throw new ProblemException(ProblemType.CONFLICT, "This client is not deleted; there is nothing to restore");
        }
        client.restore(access.callerId());
        em.flush();
        audit.record(AuditAction.restore, "client", id, id);
        return view(client);
    }

    /** A visible client, or 404 (the same answer whether it does not exist or is not the caller's to see). */
    public Client require(UUID id) {
        Client client = search.visible(id);
        if (client == null) {
            throw ProblemException.notFound("Client");
        }
        return client;
    }

    /** A visible client that is not deleted; changing a deleted one means restoring it first. */
    public Client requireLive(UUID id) {
        Client client = require(id);
        if (client.isDeleted()) {
            throw new ProblemException(ProblemType.CONFLICT, "This client is deleted; restore it before changing it");
        }
        return client;
    }

    /** What the row scope and the field rules need to know of this client. */
    public ClientContext contextOf(Client client) {
        return client.accessContext(parties.of(client.id));
    }

    private ClientView view(Client client) {
        return views.of(client, search.contactCount(client.id));
    }

    /**
     * Owners and co-owners must be people who may hold the client in its phase; a client always has a real
     * team, and follows a new owner into theirs unless the same change names the team.
     */
    private ClientInput checkHolders(ClientInput current, ClientInput next, boolean teamNamed) {
        boolean prospect = next.lifecycle() == Lifecycle.prospect;
        requireOwnerPastProspect(next.ownerId(), next.lifecycle());
        boolean newOwner = !Objects.equals(next.ownerId(), current.ownerId());
        if (newOwner || next.lifecycle() != current.lifecycle()) {
            holders.requireHolder("ownerId", next.ownerId(), prospect);
        }
        if (!Objects.equals(next.coOwnerId(), current.coOwnerId())) {
            holders.requireHolder("coOwnerId", next.coOwnerId(), false);
        }
        String team = next.team();
        if (newOwner && next.ownerId() != null && !teamNamed) {
            team = holders.teamFollowing(next.ownerId(), current.team());
        }
        if (!Objects.equals(team, current.team())) {
            holders.requireTeam(team);
        }
        return Objects.equals(team, next.team()) ? next : inTeam(next, team);
    }

    private static ClientInput inTeam(ClientInput in, String team) {
        return new ClientInput(in.name(), in.taxId(), in.kind(), in.industry(), in.country(), in.region(), in.city(),
                in.address(), in.website(), in.lifecycle(), in.segment(), in.ownerId(), in.coOwnerId(), team, in.tags(),
                in.notes(), in.attributes(), in.qualification(), in.nextStep());
    }

    /** A segment must exist; moving into or out of a supervised one by hand is for a supervisor of the client. */
    private void requireSegmentMove(String from, String to, String team) {
        if (!Objects.equals(from, to)) {
            segments.requireKey("segment", to);
        }
        if ((segments.isSupervised(from) || segments.isSupervised(to)) && !access.movesSupervisedSegments(team)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Moving a client into or out of a supervised segment "
                    + "is for a head of sales of its team or the director",
                    List.of(new Problem.FieldError("segment", "supervised segment: ask your head of sales",
                            Problem.FieldError.NOT_ALLOWED)));
        }
    }

    /**
     * A lifecycle by hand stays within the client's phase on the conveyor (active and passive customers both are in
     * account management): another phase is a move, with its rules, made by the stage action.
     */
    private static void requireFitsPhase(Lifecycle lifecycle, Client client) {
        if (lifecycle != client.lifecycle && !Lifecycle.fits(lifecycle, client.phase)) {
            throw new ProblemException(ProblemType.CONFLICT, "A " + lifecycle + " client is in another phase of the "
                    + "conveyor than " + client.phase + ": move it with POST /api/v1/clients/" + client.id + "/stage",
                    List.of(new Problem.FieldError("lifecycle", "move the client to another stage instead",
                            Problem.FieldError.NOT_ALLOWED)));
        }
    }

    /** Only a prospect may wait unassigned (for a lead generator to take it); a customer always has someone. */
    private static void requireOwnerPastProspect(String ownerId, Lifecycle lifecycle) {
        // A lost client may have nobody (a lead from the pool marked lost): its supervisors see it.
        if (ownerId == null && lifecycle != Lifecycle.prospect && lifecycle != Lifecycle.lost) {
            throw ProblemException.invalid("ownerId", "a client past the prospect phase needs an owner");
        }
    }
}
