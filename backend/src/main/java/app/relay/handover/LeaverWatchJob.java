package app.relay.handover;

import app.relay.identity.SystemRounds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs the exfiltration watch (see {@link LeaverWatch}) every few minutes, a round of the system's (see
 * {@link SystemRounds}).
 */
@ApplicationScoped
public class LeaverWatchJob {
    public static final String NAME = "leaver-watch";
    private static final Logger LOG = Logger.getLogger(LeaverWatchJob.class);

    @Inject
    SystemRounds rounds;
    @Inject
    LeaverWatch watch;

    @Scheduled(every = "${relay.jobs.leaver-watch.every}", delayed = "1m", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Answers how many days it flagged; -1 when another instance holds the round. */
    public int run() {
        return rounds.once(NAME, () -> {
            int flagged = watch.flagDue();
            if (flagged > 0) {
                LOG.infof("%d days of reading beyond the usual flagged to supervisors", flagged);
            }
            return flagged;
        }).orElse(-1);
    }
}
