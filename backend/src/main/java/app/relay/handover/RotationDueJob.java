package app.relay.handover;

import app.relay.common.ProblemException;
import app.relay.identity.SystemRounds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Completes each approved rotation on its day (by the company's calendar), as a completion by hand would: every
 * client moves, letters are written, first contacts set. A round of the system's (see {@link SystemRounds}); each
 * rotation in a transaction of its own, so one that cannot complete (a client changed hands since) stays approved,
 * its supervisors completing or cancelling it by hand, and the others go on.
 */
@ApplicationScoped
public class RotationDueJob {
    public static final String NAME = "rotation-due";
    private static final Logger LOG = Logger.getLogger(RotationDueJob.class);

    @Inject
    EntityManager em;
    @Inject
    SystemRounds rounds;
    @Inject
    HandoverService handovers;
    @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC")
    ZoneId zone;

    @Scheduled(every = "${relay.jobs.rotation-due.every}", delayed = "${relay.jobs.rotation-due.delayed:1m}", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Answers the rotations it completed; empty also when another instance holds the round. */
    @SuppressWarnings("unchecked")
    public List<UUID> run() {
        return rounds.once(NAME, () -> {
            List<UUID> due = em.createNativeQuery("select id from handover where kind = 'rotation' "
                    + "and state = 'approved' and starts_on <= :today order by starts_on, id")
                    .setParameter("today", LocalDate.now(zone)).getResultList();
            List<UUID> completed = new ArrayList<>();
            for (UUID id : due) {
                try {
                    handovers.complete(id);
                    completed.add(id);
                } catch (ProblemException e) {
                    LOG.warnf("rotation %s is due and could not complete: %s", id, e.getMessage());
                }
            }
            if (!completed.isEmpty()) {
                LOG.infof("%d rotations completed on their day", completed.size());
            }
            return completed;
        }).orElse(List.of());
    }
}
