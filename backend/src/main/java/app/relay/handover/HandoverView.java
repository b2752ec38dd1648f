package app.relay.handover;

import app.relay.people.AccountClosingView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A handover with its progress and every transition so far. */
@Schema(name = "Handover")
public record HandoverView(
        @Schema(required = true) UUID id,
        @Schema(required = true) HandoverKind kind,
        @Schema(description = "the person leaving, away, or joined by a partner; absent for a rotation") String userId,
        String userName,
        @Schema(description = "a departure's reason") DepartureReason reason,
        @Schema(description = "a departure's last working day") LocalDate lastWorkingDay,
        @Schema(description = "a temporary handover's substitute and period") Cover cover,
        @Schema(description = "a partner handover's partner, duties and period") Partnership partnership,
        @Schema(description = "a rotation's day and managers") Rotation rotation,
        String note,
        @Schema(required = true) HandoverState state,
        @Schema(required = true, description = "clients in the handover") long items,
        @Schema(required = true, description = "items with a successor") long withSuccessor,
        @Schema(required = true, description = "items marked reviewed") long reviewed,
        @Schema(required = true, description = "items their successor has acknowledged (after completion)")
        long acknowledged,
        @Schema(required = true, description = "items of which you are the successor") long yours,
        @Schema(required = true, description = "of those, acknowledged") long yoursAcknowledged,
        @Schema(required = true, description = "clients their successor has reached since completion (an activity "
                + "logged with the client)") long reached,
        @Schema(required = true, description = "clients not reached by the day their first contact was due")
        long overdue,
        @Schema(required = true) List<Event> events,
        @Schema(required = true, description = "what you may do with it now: assign (choose successors), submit, "
                + "approve, complete, cancel, writeUp (the items), acknowledge (your items), correct (give a completed item to "
                + "another successor, within 30 days), commitments (record the leaver's)") List<String> allowedActions,
        @Schema(description = "To those who run the handover, once the person has left: where closing their Keycloak "
                + "account stands") AccountClosingView leaverAccount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) long version) {

    /**
     * One step of the handover's history: a transition (who moved it from which state to which, and when), or a note
     * on the way that changes no state (commitments recorded, a successor corrected).
     */
    @Schema(name = "HandoverEvent")
    public record Event(@Schema(required = true, enumeration = {"transition", "note"}) String kind, String fromState,
            @Schema(required = true) String toState, @Schema(required = true) String actorId, String actorName,
            @Schema(required = true) Instant at, String note) {
    }

    /** Who stands in for the absent person, from when to when, and whether that is still to come, under way or over. */
    @Schema(name = "HandoverCover")
    public record Cover(@Schema(required = true) String substituteId, String substituteName,
            @Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
            @Schema(description = "absent once cancelled") PartyHandovers.Phase phase) {
    }

    /** Who works with the person's clients as partner, doing what, from when and until when (absent: for good). */
    @Schema(name = "HandoverPartnership")
    public record Partnership(@Schema(required = true) String partnerId, String partnerName,
            @Schema(required = true) String duties, @Schema(required = true) LocalDate startsOn, LocalDate endsOn,
            @Schema(description = "absent once cancelled") PartyHandovers.Phase phase,
            @Schema(required = true, description = "whether the clients were written to about the partner")
            boolean tellClients) {
    }

    /** The day a rotation's clients change hands, and the managers among whom they rotate, in the ring's order. */
    @Schema(name = "HandoverRotation")
    public record Rotation(@Schema(required = true) LocalDate startsOn, @Schema(required = true) List<Member> members,
            @Schema(required = true, description = "whether its day has come (it may be completed)") boolean due) {
    }

    @Schema(name = "HandoverMember")
    public record Member(@Schema(required = true) String id, String name) {
    }

    @Schema(name = "HandoverPage")
    public record Page(@Schema(required = true) List<HandoverView> items) {
    }
}
