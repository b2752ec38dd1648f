package app.relay.handover;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Runs the exfiltration watch (see {@link LeaverWatch}) every few minutes, as the system, once across instances: a
 * transaction-scoped PostgreSQL advisory lock lets one instance run it, the others skip that round.
 */
@ApplicationScoped
public class LeaverWatchJob {
    public static final String NAME = "leaver-watch";
    private static final Logger LOG = Logger.getLogger(LeaverWatchJob.class);

    @Inject
    EntityManager em;
    @Inject
    ActingParty acting;
    @Inject
    LeaverWatch watch;

    @Scheduled(every = "${relay.jobs.leaver-watch.every}", delayed = "1m", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Answers how many days it flagged; -1 when another instance holds the round. */
    @ActivateRequestContext
    public int run() {
        acting.actAs(Actor.system(NAME));
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('relay.job.leaver-watch'))")
                    .getSingleResult();
            if (!mine) {
                return -1;
            }
            int flagged = watch.flagDue();
            if (flagged > 0) {
                LOG.infof("%d days of reading beyond the usual flagged to supervisors", flagged);
            }
            return flagged;
        });
    }
}
