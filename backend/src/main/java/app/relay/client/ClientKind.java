package app.relay.client;

/** Company or private person. Constants are lower case because they are the wire and column values. */
public enum ClientKind {
    company, person
}
