package app.relay.activity;

/** How someone was in touch with a client. Lower case: wire and column values. */
public enum ActivityKind {
    call, meeting, visit, email
}
