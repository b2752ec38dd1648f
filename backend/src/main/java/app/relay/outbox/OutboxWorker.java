package app.relay.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Delivers what the outbox holds, every few seconds; several instances share the work (rows are locked). */
@ApplicationScoped
class OutboxWorker {
    private static final int BATCH = 100;

    private final Outbox outbox;

    OutboxWorker(Outbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(every = "${relay.outbox.every}", delayed = "10s", identity = "outbox",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        // A full batch delivered means more may be due (a departure's letters): go on until the queue is short.
        int delivered;
        do {
            delivered = outbox.deliverDue(BATCH);
        } while (delivered == BATCH);
    }
}
