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
 * client moves, letters are written, first contacts set. One rotation per round of the system's (see
 * {@link SystemRounds}), so that no round outlasts its transaction; one that cannot complete (a client changed hands
 * since) stays approved, its history says why and who runs it is told (see {@link HandoverService#reportStuck}), and
 * the others go on.
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

    @Scheduled(every = "${relay.jobs.rotation-due.every}", delayed = "${relay.jobs.rotation-due.delayed:1m}",
            identity = NAME, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Answers the rotations it completed; none also when another instance holds the rounds. */
    public List<UUID> run() {
        List<UUID> tried = new ArrayList<>();
        List<UUID> completed = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = rounds.once(NAME, () -> {
                UUID next = next(tried);
                if (next == null) {
                    return false;
                }
                tried.add(next);
                if (complete(next)) {
                    completed.add(next);
                }
                return true;
            }).orElse(false);
        }
        if (!completed.isEmpty()) {
            LOG.infof("%d rotations completed on their day", completed.size());
        }
        return completed;
    }

    @SuppressWarnings("unchecked")
    private UUID next(List<UUID> tried) {
        List<UUID> due = em.createNativeQuery("select id from handover where kind = 'rotation' and state = 'approved' "
                        + "and starts_on <= :today and id <> all(cast(:tried as uuid[])) order by starts_on, id limit 1")
                .setParameter("today", LocalDate.now(zone)).setParameter("tried", tried.toArray(UUID[]::new))
                .getResultList();
        return due.isEmpty() ? null : due.get(0);
    }

    private boolean complete(UUID id) {
        try {
            handovers.complete(id);
            return true;
        } catch (ProblemException e) {
            LOG.warnf("rotation %s is due and could not complete: %s", id, e.getMessage());
            report(id, e.getMessage());
        } catch (RuntimeException e) {
            // Whatever it is, the other rotations go on.
            LOG.errorf(e, "rotation %s is due and could not complete", id);
            report(id, "an unexpected error (the server's log tells more)");
        }
        return false;
    }

    private void report(UUID id, String reason) {
        try {
            handovers.reportStuck(id, reason);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not tell why rotation %s did not complete", id);
        }
    }
}
