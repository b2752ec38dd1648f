package app.relay.party;

import app.relay.access.AccessLevel;
import app.relay.access.ClientContext;
import app.relay.access.ClientHolders;
import app.relay.access.FieldAccess;
import app.relay.access.PartyKind;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientService;
import app.relay.client.Lifecycle;
import app.relay.common.Clock;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.SqlValues;
import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who stands in front of a client besides its owner and co-owner: partners, temporary owners, executive
 * sponsors. Adding and ending them is assignment, governed by the field rule of each kind.
 */
@RequestScoped
@Transactional
public class PartyService {
    private final EntityManager em;
    private final ClientService clients;
    private final FieldAccess fields;
    private final ClientHolders holders;
    private final UserDirectory directory;
    private final ActingParty acting;
    private final AuditLog audit;
    private final Inputs inputs;

    PartyService(EntityManager em, ClientService clients, FieldAccess fields, ClientHolders holders,
            UserDirectory directory, ActingParty acting, AuditLog audit, Inputs inputs) {
        this.em = em;
        this.clients = clients;
        this.fields = fields;
        this.holders = holders;
        this.directory = directory;
        this.acting = acting;
        this.audit = audit;
        this.inputs = inputs;
    }

    /** The client's parties standing now and to come (with `ended`, also those that ended), as the field rules allow. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyView.Page list(UUID clientId, boolean ended) {
        Client client = clients.require(clientId);
        ClientContext context = clients.contextOf(client);
        Instant now = Clock.now();
        List<Party> rows = em.createQuery("from Party where clientId = :client order by validFrom, createdAt", Party.class)
                .setParameter("client", clientId).getResultList();
        List<Party> wanted = rows.stream().filter(p -> ended || !hasEnded(p, now)).toList();
        Map<String, String> names = directory.namesOf(wanted.stream().map(p -> p.userId).toList());
        List<PartyView> items = new ArrayList<>();
        // Every kind withheld is named, whether or not the client has such a party: its absence tells nothing.
        List<String> redacted = Arrays.stream(PartyKind.values())
                .filter(kind -> !fields.level(kind.fieldKey(), context).atLeast(AccessLevel.masked))
                .map(PartyKind::wireName).toList();
        for (Party party : wanted) {
            AccessLevel level = fields.level(party.kind.fieldKey(), context);
            if (!level.atLeast(AccessLevel.masked)) {
                continue;
            }
            boolean shown = level.atLeast(AccessLevel.read);
            items.add(new PartyView(party.id, shown ? party.userId : null, shown ? names.get(party.userId) : null,
                    party.kind, shown ? party.duties : null, party.validFrom, party.validTo, endOf(party, now),
                    party.standsAt(now), party.version));
        }
        audit.record(AuditAction.read, "party", null, clientId, items.size(), null);
        return new PartyView.Page(items, redacted);
    }

    public PartyView add(UUID clientId, PartyInput input) {
        inputs.requireValid(input);
        Client client = clients.requireLive(clientId);
        requireAssignable(input.kind(), clients.contextOf(client));
        Instant now = Clock.now();
        Instant from = input.validFrom() != null ? input.validFrom() : now;
        requirePeriod(input.kind(), from, input.validTo(), now);
        holders.requireParty(input.kind(), input.userId(), client.lifecycle == Lifecycle.prospect);
        if (input.userId().equals(client.ownerId)) {
            throw new ProblemException(ProblemType.CONFLICT, "This person already owns the client");
        }
        if (input.kind() == PartyKind.TEMPORARY_OWNER) {
            // One temporary owner at a time: the client's row is locked before anything is written (as a cover does).
            em.createNativeQuery("select 1 from client where id = :id for update").setParameter("id", clientId)
                    .getResultList();
        }
        endExpired(clientId, input.userId(), input.kind());
        boolean standing = !em.createQuery("from Party where clientId = :client and userId = :user and kind = :kind "
                        + "and deletedAt is null", Party.class)
                .setParameter("client", clientId).setParameter("user", input.userId()).setParameter("kind", input.kind())
                .getResultList().isEmpty();
        if (standing) {
            throw new ProblemException(ProblemType.CONFLICT, "This person is already a " + input.kind().wireName()
                    + " of the client; end that first to change its dates");
        }
        if (input.kind() == PartyKind.TEMPORARY_OWNER) {
            requireNoOtherCover(clientId, from, input.validTo());
        }
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.clientId = clientId;
        party.userId = input.userId();
        party.kind = input.kind();
        party.duties = input.duties() == null || input.duties().isBlank() ? null : input.duties().strip();
        party.validFrom = from;
        party.validTo = input.validTo();
        party.markCreated(acting.id());
        em.persist(party);
        em.flush();
        audit.record(AuditAction.create, "party", party.id, clientId);
        return view(party, now);
    }

    /** Ends a party (it stays on record as having stood until now). */
    public void end(UUID clientId, UUID partyId, String ifMatch) {
        Client client = clients.requireLive(clientId);
        Party party = em.find(Party.class, partyId);
        if (party == null || !party.clientId.equals(clientId)) {
            throw ProblemException.notFound("Party");
        }
        if (party.kind.isHolderColumn()) {
            throw ProblemException.invalid("kind", "the owner and co-owner change on the client itself "
                    + "(ownerId, coOwnerId)");
        }
        requireAssignable(party.kind, clients.contextOf(client));
        ETags.requireCurrent(ifMatch, party.version);
        if (party.isDeleted()) {
            throw new ProblemException(ProblemType.CONFLICT, "This party has already ended");
        }
        party.markDeleted(acting.id());
        em.flush();
        audit.record(AuditAction.delete, "party", party.id, clientId);
    }

    /** A party whose date passed before the nightly job recorded it is ended now, as the job would. */
    private void endExpired(UUID clientId, String userId, PartyKind kind) {
        em.createNativeQuery(PartyExpiryJob.END_EXPIRED + " and client_id = :client and user_id = :user and kind = :kind")
                .setParameter("actor", Actor.system(PartyExpiryJob.NAME).id())
                .setParameter("client", clientId).setParameter("user", userId).setParameter("kind", kind.wireName())
                .executeUpdate();
    }

    private void requireAssignable(PartyKind kind, ClientContext context) {
        if (kind.isHolderColumn()) {
            throw ProblemException.invalid("kind", "the owner and co-owner are set on the client itself "
                    + "(PATCH /api/v1/clients/{id} with ownerId or coOwnerId)");
        }
        if (kind == PartyKind.SUCCESSOR) {
            throw ProblemException.invalid("kind", "a successor is named by a handover");
        }
        if (kind.isAttribution()) {
            throw ProblemException.invalid("kind", "who found, qualified and closed a client is recorded by its moves "
                    + "on the conveyor");
        }
        if (!fields.level(kind.fieldKey(), context).atLeast(AccessLevel.write)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your role may not assign a " + kind.wireName(),
                    List.of(new Problem.FieldError("kind", "not assignable by your role ("
                            + kind.fieldKey() + ")")));
        }
    }

    /**
     * A client has one temporary owner at a time (as a temporary handover arranges it): another whose period meets
     * this one is a conflict naming them. The caller locked the client's row, so two such additions cannot both pass.
     */
    @SuppressWarnings("unchecked")
    private void requireNoOtherCover(UUID clientId, Instant from, Instant to) {
        List<Object[]> other = em.createNativeQuery("select user_id, valid_from, valid_to from party where client_id = :id "
                        + "and kind = 'temporary-owner' and deleted_at is null and valid_to > :from and valid_from < :to "
                        + "order by valid_from limit 1")
                .setParameter("id", clientId).setParameter("from", from).setParameter("to", to).getResultList();
        if (!other.isEmpty()) {
            String who = (String) other.get(0)[0];
            throw new ProblemException(ProblemType.CONFLICT, directory.namesOf(List.of(who)).getOrDefault(who, who)
                    + " stands in as temporary owner from " + SqlValues.instant(other.get(0)[1]) + " until "
                    + SqlValues.instant(other.get(0)[2]) + ": a client has one temporary owner at a time",
                    List.of(new Problem.FieldError("validFrom", "meets another temporary owner's period")));
        }
    }

    private static void requirePeriod(PartyKind kind, Instant from, Instant to, Instant now) {
        if (kind == PartyKind.TEMPORARY_OWNER && to == null) {
            throw ProblemException.invalid("validTo", "a temporary owner needs the date their stand-in ends");
        }
        if (to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("validTo", "must be after validFrom");
        }
        if (to != null && !to.isAfter(now)) {
            throw ProblemException.invalid("validTo", "must be in the future");
        }
    }

    private static boolean hasEnded(Party party, Instant now) {
        return endOf(party, now) != null;
    }

    /** When a party stopped standing: removed, or past its date (before the nightly job records it). */
    private static Instant endOf(Party party, Instant now) {
        if (party.deletedAt != null) {
            return party.deletedAt;
        }
        return party.validTo != null && !party.validTo.isAfter(now) ? party.validTo : null;
    }

    private PartyView view(Party party, Instant now) {
        String name = directory.namesOf(List.of(party.userId)).get(party.userId);
        return new PartyView(party.id, party.userId, name, party.kind, party.duties, party.validFrom, party.validTo,
                endOf(party, now), party.standsAt(now), party.version);
    }
}
