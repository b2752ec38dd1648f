package app.relay.handover;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.RowScope;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import app.relay.identity.AppUser;
import app.relay.identity.Roles;
import app.relay.identity.UserDirectory;
import app.relay.people.DepartureService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what with a handover: its supervisors (the director, admins, the head of sales of the leaver's
 * team; of every member's team for a rotation) run it; the leaver, or a rotation's members, read it and write up
 * their items while it is open; a successor reads it to take their clients over. Nobody runs their own.
 */
@RequestScoped
public class HandoverAccess {
    private final ActingParty caller;
    private final UserDirectory directory;
    private final DepartureService departures;
    private final EntityManager em;
    private final Capabilities capabilities;
    private final RowScope scope;

    HandoverAccess(ActingParty caller, UserDirectory directory, DepartureService departures, EntityManager em,
            Capabilities capabilities, RowScope scope) {
        this.caller = caller;
        this.em = em;
        this.capabilities = capabilities;
        this.scope = scope;
        this.directory = directory;
        this.departures = departures;
    }

    /** Whether the caller supervises the person whose clients these are. */
    public boolean manages(String leaverId) {
        AppUser leaver = directory.find(leaverId);
        return leaver != null && departures.maySupervise(leaver);
    }

    /** The person whose clients a new handover is about, when the caller supervises them; refused otherwise. */
    public AppUser requireSupervised(String userId) {
        AppUser person = directory.find(userId);
        if (person == null) {
            throw ProblemException.invalid("userId", "no such person");
        }
        if (!manages(person.id)) {
            throw ProblemException.forbidden(caller.id().equals(person.id)
                    ? "Nobody hands over their own clients: a supervisor does"
                    : "Only the director, an admin, or the head of sales of the person's team may do this");
        }
        return person;
    }

    /** Whether the caller runs this handover: supervises its person, or every member of a rotation. */
    public boolean runs(Handover handover) {
        if (handover.kind == HandoverKind.rotation) {
            return handover.members.stream().allMatch(this::manages);
        }
        return manages(handover.userId);
    }

    /** Whether the caller is the handover's own person, or a member of a rotation. */
    private boolean concerned(Handover handover) {
        return caller.id().equals(handover.userId) || handover.members != null && handover.members.contains(caller.id());
    }

    public void requireManager(Handover handover) {
        if (handover.kind == HandoverKind.rotation && !runs(handover)) {
            throw ProblemException.forbidden("Only the director, an admin, or a head of sales of every member's team "
                    + "runs a rotation");
        }
        if (!runs(handover)) {
            throw ProblemException.forbidden(caller.id().equals(handover.userId)
                    ? "Nobody runs their own handover: a supervisor submits, approves and completes it"
                    : "Only the director, an admin, or the head of sales of the person's team may do this");
        }
    }

    /** A handover the caller may not read is answered as absent, like a client outside their scope. */
    public void requireReader(Handover handover) {
        if (!concerned(handover) && !runs(handover) && !succeedsIn(handover)) {
            throw ProblemException.notFound("Handover");
        }
    }

    /**
     * Whether the caller is the successor of at least one item of an approved or completed handover: a departure
     * in preparation is not told to those it will concern.
     */
    public boolean succeedsIn(Handover handover) {
        // Who joined a cover or a partnership keeps reading it once it ended early (their notice leads there).
        return (handover.state == HandoverState.approved || handover.state == HandoverState.completed
                || handover.state == HandoverState.cancelled && PartyHandovers.adds(handover.kind))
                && !em.createNativeQuery("select 1 from handover_item where handover_id = :id and successor_id = :me "
                        + "limit 1").setParameter("id", handover.id).setParameter("me", caller.id()).getResultList().isEmpty();
    }

    /** The people whose handovers the caller runs (a head of sales' teams); empty when everyone's or no one's. */
    public Optional<List<String>> managedPeople() {
        if (!capabilities.has(Capability.PEOPLE_DEPART)) {
            return Optional.of(List.of());
        }
        return scope.supervisedTeams().map(teams -> directory.all().stream()
                .filter(departures::maySupervise).map(person -> person.id).toList());
    }

    /** The leaver and the supervisors write up items while the handover is open and not yet approved. */
    public void requireItemWriter(Handover handover) {
        requireReader(handover);
        if (!concerned(handover) && !runs(handover)) {
            throw ProblemException.forbidden("Only the person leaving (a rotation's members) and their supervisors "
                    + "write up the items");
        }
        if (handover.state != HandoverState.draft && handover.state != HandoverState.submitted) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The handover is " + handover.state + ": its items can no longer change");
        }
    }

    /** Top-segment clients need their successor confirmed by a head of sales or the director, not an admin alone. */
    public boolean confirmsTopSegments() {
        return caller.actor().hasAnyRole(Roles.HEAD_OF_SALES, Roles.DIRECTOR);
    }

    public String callerId() {
        return caller.id();
    }
}
