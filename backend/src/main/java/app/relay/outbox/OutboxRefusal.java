package app.relay.outbox;

/**
 * Thrown by a handler when the far side refused its message for good (an SMTP server's 5xx for the recipient): the
 * message is recorded as refused with the reason, never tried again, and the other messages of its kind go on.
 */
public class OutboxRefusal extends Exception {
    public OutboxRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
