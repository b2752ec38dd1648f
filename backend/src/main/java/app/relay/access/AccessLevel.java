package app.relay.access;

/** What a role may do with a field, weakest first. Lower case: wire and column values. */
public enum AccessLevel {
    hidden, masked, read, write;

    public boolean atLeast(AccessLevel other) {
        return compareTo(other) >= 0;
    }

    public AccessLevel atMost(AccessLevel cap) {
        return compareTo(cap) > 0 ? cap : this;
    }
}
