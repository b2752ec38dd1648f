package app.relay.handover;

/** Where a handover stands: written up, submitted with a successor for every item, approved, done, or dropped. */
public enum HandoverState {
    draft, submitted, approved, completed, cancelled;

    /** Still under way: at most one of these per person. */
    public boolean isOpen() {
        return this == draft || this == submitted || this == approved;
    }
}
