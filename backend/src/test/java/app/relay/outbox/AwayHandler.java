package app.relay.outbox;

import jakarta.enterprise.context.ApplicationScoped;

/** A far side that is never there: its messages wait, and must hold back no other kind. */
@ApplicationScoped
public class AwayHandler implements OutboxHandler {
    static final String KIND = "test.away";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String subject, String payload) {
        throw new IllegalStateException("never there");
    }
}
