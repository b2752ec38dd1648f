package app.relay.order;

import app.relay.identity.SystemRounds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Each night the calendar moves every client's order figures on (an order leaves the last 12 months, a
 * receivable falls due). In batches, each in its own short transaction, so that an edit waits on it briefly (a
 * figure read locks its client's row in share until the batch commits, see V25); each batch a round of the system's
 * (see {@link SystemRounds}): a second instance finds the round taken or nothing left to do.
 */
@ApplicationScoped
public class OrderFiguresJob {
    public static final String NAME = "order-figures";
    /** Clients per transaction: each takes a lock of its own while counted (see {@link OrderFigures#count}). */
    private static final int BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(OrderFiguresJob.class);

    @Inject
    SystemRounds rounds;
    @Inject
    OrderFigures figures;

    @Scheduled(cron = "${relay.jobs.order-figures.cron}", timeZone = "${relay.time-zone}", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Brings every client's figures to today; answers how many clients were counted. */
    public int run() {
        int counted = 0;
        while (true) {
            int batch = rounds.once(NAME, () -> {
                List<UUID> clients = figures.countedBeforeToday(BATCH);
                figures.count(clients);
                return clients.size();
            }).orElse(0);
            counted += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (counted > 0) {
            LOG.infof("order figures of %d clients brought to today", counted);
        }
        return counted;
    }
}
