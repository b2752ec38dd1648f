package app.relay.handover;

import app.relay.access.SegmentCatalog;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientInScope;
import app.relay.client.ClientSearch;
import app.relay.client.ClientViews;
import app.relay.common.ETags;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The leaver's commitments on a departure (seed 003, item 7): the non-compete / non-solicit promise — signed or not,
 * when, until when (a year after the last working day unless said otherwise), the key clients it covers — and the
 * corporate phone number and mailbox alias passed on, with who received each. Read by the leaver and those who
 * run the handover, recorded by the latter at any time until it is cancelled; until then Relay suggests them.
 */
@RequestScoped
public class DepartureCommitments {
    private static final int MAX_YEARS = 5;

    private final EntityManager em;
    private final HandoverAccess access;
    private final UserDirectory directory;
    private final ClientSearch clients;
    private final ClientViews views;
    private final AuditLog audit;
    private final ZoneId zone;

    DepartureCommitments(EntityManager em, HandoverAccess access, UserDirectory directory, ClientSearch clients,
            ClientViews views, AuditLog audit, @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.access = access;
        this.directory = directory;
        this.clients = clients;
        this.views = views;
        this.audit = audit;
        this.zone = zone;
    }

    public CommitmentView get(UUID handoverId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = departure(handoverId);
            DepartureCommitment stored = em.find(DepartureCommitment.class, handoverId);
            CommitmentView view = view(handover, stored != null ? stored : suggested(handover), stored != null);
            audit.record(AuditAction.read, "commitment", handover.id, null, view.keyClients().size(), null);
            return view;
        });
    }

    /** Records them as a whole (If-Match: the version read, 0 for the suggestions); refused whole on bad input. */
    public CommitmentView put(UUID handoverId, String ifMatch, CommitmentInput input) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = departure(handoverId);
            // One writer at a time per handover: two first recordings cannot both pass as version 0.
            em.lock(handover, LockModeType.PESSIMISTIC_WRITE);
            access.requireManager(handover);
            if (handover.state == HandoverState.cancelled) {
                throw new ProblemException(ProblemType.CONFLICT, "The handover was cancelled: the person stays, "
                        + "and so do their commitments");
            }
            DepartureCommitment stored = em.find(DepartureCommitment.class, handoverId);
            ETags.requireCurrent(ifMatch, stored == null ? 0 : stored.version + 1);
            DepartureCommitment record = stored != null ? stored : new DepartureCommitment();
            validate(handover, input);
            record.handoverId = handover.id;
            record.nonCompeteSigned = input.nonCompeteSigned();
            record.signedOn = input.signedOn();
            record.nonCompeteEndsOn = input.nonCompeteEndsOn() != null ? input.nonCompeteEndsOn()
                    : bindsFrom(handover, input.signedOn()).plusYears(1);
            record.keyClientIds = input.keyClientIds() == null ? new ArrayList<>()
                    : new ArrayList<>(input.keyClientIds().stream().distinct().toList());
            record.phoneNumber = blankToNull(input.phoneNumber());
            record.phoneTo = blankToNull(input.phoneTo());
            record.mailbox = blankToNull(input.mailbox());
            record.mailboxTo = blankToNull(input.mailboxTo());
            record.note = blankToNull(input.note());
            if (stored == null) {
                record.markCreated(access.callerId());
                em.persist(record);
            } else {
                record.touch(access.callerId());
            }
            em.flush();
            String summary = summary(record);
            audit.record(AuditAction.handover, "commitment", handover.id, null, 1, summary);
            em.createNativeQuery("insert into handover_event (handover_id, kind, from_state, to_state, actor_id, at, note) "
                            + "values (:id, 'note', :state, :state, :actor, now(), :note)")
                    .setParameter("id", handover.id).setParameter("state", handover.state.name())
                    .setParameter("actor", access.callerId()).setParameter("note", "commitments recorded").executeUpdate();
            return view(handover, record, true);
        });
    }

    /** A departure the caller may read the commitments of: its leaver and those who run it. */
    private Handover departure(UUID id) {
        Handover handover = em.find(Handover.class, id);
        if (handover == null) {
            throw ProblemException.notFound("Handover");
        }
        access.requireReader(handover);
        if (handover.kind != HandoverKind.departure) {
            throw new ProblemException(ProblemType.CONFLICT, "A " + handover.kind + " handover has no leaver's commitments");
        }
        if (!access.runs(handover) && !access.callerId().equals(handover.userId)) {
            throw ProblemException.forbidden("Only the person leaving and those who run their handover read their "
                    + "commitments");
        }
        return handover;
    }

    /** What Relay suggests before anyone records them: nothing signed, the VIP and key clients, the person's channels. */
    @SuppressWarnings("unchecked")
    private DepartureCommitment suggested(Handover handover) {
        DepartureCommitment suggestion = new DepartureCommitment();
        suggestion.handoverId = handover.id;
        suggestion.nonCompeteEndsOn = bindsFrom(handover, null).plusYears(1);
        suggestion.keyClientIds = new ArrayList<>(em.createNativeQuery("select i.client_id from handover_item i "
                        + "join client c on c.id = i.client_id where i.handover_id = :id and "
                        + SegmentCatalog.supervisedSql("c.segment") + " order by c.name, c.id")
                .setParameter("id", handover.id).getResultList());
        AppUser leaver = directory.find(handover.userId);
        if (leaver != null) {
            suggestion.phoneNumber = leaver.corporatePhone;
            suggestion.mailbox = leaver.corporateEmail;
        }
        List<String> main = em.createNativeQuery("select successor_id from handover_item where handover_id = :id "
                        + "and successor_id is not null group by successor_id order by count(*) desc, successor_id limit 1")
                .setParameter("id", handover.id).getResultList();
        String receiver = main.isEmpty() ? null : main.get(0);
        suggestion.phoneTo = suggestion.phoneNumber == null ? null : receiver;
        suggestion.mailboxTo = suggestion.mailbox == null ? null : receiver;
        return suggestion;
    }

    /** From when the promise binds: the later of the last working day and the day it was signed. */
    private static LocalDate bindsFrom(Handover handover, LocalDate signedOn) {
        return signedOn != null && signedOn.isAfter(handover.lastWorkingDay) ? signedOn : handover.lastWorkingDay;
    }

    @SuppressWarnings("unchecked")
    private void validate(Handover handover, CommitmentInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(zone);
        if (input.nonCompeteSigned() && input.signedOn() == null) {
            errors.add(new Problem.FieldError("signedOn", "a signed promise has the day it was signed"));
        }
        if (input.signedOn() != null && input.signedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("signedOn", "must be today or earlier"));
        }
        LocalDate start = bindsFrom(handover, input.signedOn());
        if (input.nonCompeteEndsOn() != null && !input.nonCompeteEndsOn().isAfter(start)) {
            errors.add(new Problem.FieldError("nonCompeteEndsOn", "must be after " + start));
        } else if (input.nonCompeteEndsOn() != null && input.nonCompeteEndsOn().isAfter(start.plusYears(MAX_YEARS))) {
            errors.add(new Problem.FieldError("nonCompeteEndsOn", "must be within " + MAX_YEARS + " years of " + start));
        }
        List<UUID> named = input.keyClientIds() == null ? List.of() : input.keyClientIds().stream().distinct().toList();
        if (!named.isEmpty()) {
            Set<UUID> items = new HashSet<>(em.createNativeQuery("select client_id from handover_item "
                            + "where handover_id = :id and client_id = any(cast(:ids as uuid[]))")
                    .setParameter("id", handover.id)
                    .setParameter("ids", named.stream().map(UUID::toString).toArray(String[]::new)).getResultList());
            named.stream().filter(id -> !items.contains(id)).limit(10).forEach(id -> errors.add(
                    new Problem.FieldError("keyClientIds", id + " is not a client of this handover")));
        }
        channel(errors, "phoneTo", input.phoneTo(), input.phoneNumber(), "phone number", handover);
        channel(errors, "mailboxTo", input.mailboxTo(), input.mailbox(), "mailbox alias", handover);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The commitments are not recorded", errors);
        }
    }

    /** Who received a channel: someone who stays, not the leaver, and only for a channel named. */
    private void channel(List<Problem.FieldError> errors, String field, String receiver, String channel, String what,
            Handover handover) {
        if (blankToNull(receiver) == null) {
            return;
        }
        AppUser person = directory.find(receiver);
        if (blankToNull(channel) == null) {
            errors.add(new Problem.FieldError(field, "name the " + what + " passed on first"));
        } else if (person == null) {
            errors.add(new Problem.FieldError(field, "no such person"));
        } else if (person.id.equals(handover.userId)) {
            errors.add(new Problem.FieldError(field, "someone other than the person leaving"));
        } else if (person.hasDeparted() || directory.isOnNotice(person.id)) {
            errors.add(new Problem.FieldError(field, person.fullName + " is leaving or has left"));
        }
    }

    private String summary(DepartureCommitment record) {
        Map<String, String> names = directory.namesOf(Stream.of(record.phoneTo, record.mailboxTo)
                .filter(Objects::nonNull).distinct().toList());
        return "commitments: non-compete " + (record.nonCompeteSigned ? "signed " + record.signedOn : "not signed")
                + (record.nonCompeteEndsOn == null ? "" : " until " + record.nonCompeteEndsOn) + ", "
                + record.keyClientIds.size() + " key clients; phone " + (record.phoneNumber == null ? "none"
                : "to " + names.getOrDefault(record.phoneTo, "nobody yet")) + "; mailbox " + (record.mailbox == null
                ? "none" : "to " + names.getOrDefault(record.mailboxTo, "nobody yet"));
    }

    private CommitmentView view(Handover handover, DepartureCommitment record, boolean recorded) {
        Map<UUID, String> shown = new HashMap<>();
        for (ClientInScope client : views.inScope(clients.visibleAmong(record.keyClientIds))) {
            shown.put(client.view().id(), client.view().name());
        }
        Map<String, String> names = directory.namesOf(Stream.of(record.phoneTo, record.mailboxTo)
                .filter(Objects::nonNull).distinct().toList());
        return new CommitmentView(handover.id, recorded, record.nonCompeteSigned, record.signedOn, record.nonCompeteEndsOn,
                record.keyClientIds.stream().map(id -> new CommitmentView.KeyClient(id, shown.get(id))).toList(),
                record.phoneNumber, record.phoneTo, names.get(record.phoneTo), record.mailbox, record.mailboxTo,
                names.get(record.mailboxTo), record.note, recorded ? record.updatedAt : null,
                recorded ? record.updatedBy : null, recorded ? record.version + 1 : 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
