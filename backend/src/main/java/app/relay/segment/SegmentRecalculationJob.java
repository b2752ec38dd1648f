package app.relay.segment;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Each night, after the order figures moved on, the segments' rules place every client again (acting as the
 * system; once a day across instances: the first to take the lock records the day's recalculation).
 */
@ApplicationScoped
public class SegmentRecalculationJob {
    public static final String NAME = "segment-recalculation";
    private static final Logger LOG = Logger.getLogger(SegmentRecalculationJob.class);

    @Inject
    ActingParty acting;
    @Inject
    SegmentRecalculations recalculations;

    @Scheduled(cron = "${relay.jobs.segment-recalculation.cron}", timeZone = "${relay.time-zone}", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Today's recalculation, or null when it already ran today (here or on another instance). */
    @ActivateRequestContext
    public SegmentRecalculationView run() {
        acting.actAs(Actor.system(NAME));
        SegmentRecalculationView done = recalculations.runAsJob();
        if (done != null) {
            LOG.infof("segments recalculated: %d of %d clients moved", done.applied(), done.moves());
        }
        return done;
    }
}
