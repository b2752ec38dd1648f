package app.relay.order;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Each night the calendar moves every client's order figures on (an order leaves the last 12 months, a
 * receivable falls due). In batches, each in its own short transaction, so that an edit waits on it briefly (a
 * figure read locks its client's row in share until the batch commits, see V25); one instance
 * at a time (an advisory lock per batch; a second instance finds nothing left to do).
 */
@ApplicationScoped
public class OrderFiguresJob {
    public static final String NAME = "order-figures";
    /** Clients per transaction: each takes a lock of its own while counted (see {@link OrderFigures#count}). */
    private static final int BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(OrderFiguresJob.class);

    @Inject
    EntityManager em;
    @Inject
    ActingParty acting;
    @Inject
    OrderFigures figures;

    @Scheduled(cron = "${relay.jobs.order-figures.cron}", timeZone = "${relay.time-zone}", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Brings every client's figures to today; answers how many clients were counted. */
    @ActivateRequestContext
    public int run() {
        acting.actAs(Actor.system(NAME));
        int counted = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext("
                        + "'relay-job:" + NAME + "'))").getSingleResult();
                if (!locked) {
                    return 0;
                }
                List<UUID> clients = figures.countedBeforeToday(BATCH);
                figures.count(clients);
                return clients.size();
            });
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
