package app.relay.handover;

import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import app.relay.identity.AppUser;
import app.relay.identity.Roles;
import app.relay.identity.UserDirectory;
import app.relay.people.DepartureService;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may do what with a handover: its supervisors (the director, admins, the head of sales of the leaver's
 * team) run it; the leaver reads it and writes up their items while it is open. Nobody runs their own.
 */
@RequestScoped
public class HandoverAccess {
    private final ActingParty caller;
    private final UserDirectory directory;
    private final DepartureService departures;

    HandoverAccess(ActingParty caller, UserDirectory directory, DepartureService departures) {
        this.caller = caller;
        this.directory = directory;
        this.departures = departures;
    }

    /** Whether the caller supervises the person whose clients these are. */
    public boolean manages(String leaverId) {
        AppUser leaver = directory.find(leaverId);
        return leaver != null && departures.maySupervise(leaver);
    }

    public void requireManager(Handover handover) {
        if (!manages(handover.userId)) {
            throw ProblemException.forbidden(caller.id().equals(handover.userId)
                    ? "Nobody runs their own handover: a supervisor submits, approves and completes it"
                    : "Only the director, an admin, or the head of sales of the person's team may do this");
        }
    }

    /** A handover the caller may not read is answered as absent, like a client outside their scope. */
    public void requireReader(Handover handover) {
        if (!caller.id().equals(handover.userId) && !manages(handover.userId)) {
            throw ProblemException.notFound("Handover");
        }
    }

    /** The leaver and the supervisors write up items while the handover is open and not yet approved. */
    public void requireItemWriter(Handover handover) {
        requireReader(handover);
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
