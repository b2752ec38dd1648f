package app.relay.handover;

/** Why a person leaves: a dismissal ends their access at once, a resignation at the end of the notice. */
public enum DepartureReason {
    resignation, dismissal, other
}
