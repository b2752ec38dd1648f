package app.relay.pipeline;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Folds the board's deltas into its totals per team, owner, segment and stage (see V25): readers add the deltas not
 * yet folded, so this only keeps them few. Every few seconds; one fold at a time across instances (the others return
 * at once).
 */
@ApplicationScoped
public class StageTallyFold {
    private final EntityManager em;

    StageTallyFold(EntityManager em) {
        this.em = em;
    }

    @Scheduled(every = "${relay.jobs.stage-tally.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Folds what is there now; answers how many deltas it folded (0 when another fold was running). */
    @Transactional
    public int run() {
        return ((Number) em.createNativeQuery("select relay_fold_stage_tally()").getSingleResult()).intValue();
    }
}
