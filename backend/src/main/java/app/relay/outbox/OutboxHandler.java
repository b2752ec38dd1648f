package app.relay.outbox;

/**
 * Delivers one kind of outbox message to the world outside the database. Delivery may be tried more than
 * once (after a crash between delivering and recording it), so handlers do what is safe to repeat. It runs
 * with no transaction open; a handler that writes to the database opens its own.
 */
public interface OutboxHandler {
    /** The kind of message this handler delivers, e.g. `keycloak.close-account`. */
    String kind();

    /** Delivers the message about `subject`; throws when it could not, and is then tried again later. */
    void deliver(String subject, String payload) throws Exception;
}
