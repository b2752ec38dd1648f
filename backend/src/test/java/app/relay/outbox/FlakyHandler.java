package app.relay.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A far side that is away for the first few attempts, then takes the message: the outbox under test. */
@ApplicationScoped
public class FlakyHandler implements OutboxHandler {
    static final String KIND = "test.flaky";
    // Reached through methods: a test holds the bean's client proxy, whose own fields are not the bean's.
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> delivered = new ArrayList<>();

    public void failNext(int times) {
        failuresLeft.set(times);
    }

    public synchronized List<String> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public synchronized void deliver(String subject, String payload) throws Exception {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new java.io.IOException("the far side is away");
        }
        delivered.add(subject + ":" + payload);
    }
}
