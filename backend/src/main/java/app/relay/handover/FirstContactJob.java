package app.relay.handover;

import app.relay.identity.SystemRounds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Marks missed the first contacts whose day has passed (by the company's calendar) without the successor logging
 * an activity with the client; a round of the system's (see {@link SystemRounds}). A contact made late still counts
 * as reached.
 */
@ApplicationScoped
public class FirstContactJob {
    public static final String NAME = "first-contact";
    private static final Logger LOG = Logger.getLogger(FirstContactJob.class);

    @Inject
    EntityManager em;
    @Inject
    SystemRounds rounds;
    @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC")
    ZoneId zone;

    @Scheduled(every = "${relay.jobs.first-contact.every}", delayed = "1m", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Answers how many first contacts it marked missed; -1 when another instance holds the round. */
    public int run() {
        return rounds.once(NAME, () -> {
            int missed = em.createNativeQuery("update handover_item set first_contact_missed_at = now() "
                            + "where first_contact_due is not null and first_contact_at is null "
                            + "and first_contact_missed_at is null and first_contact_due < :today "
                            + "and not exists (select 1 from client c where c.id = client_id and c.deleted_at is not null)")
                    .setParameter("today", LocalDate.now(zone)).executeUpdate();
            if (missed > 0) {
                LOG.infof("%d first contacts after handovers marked missed", missed);
            }
            return missed;
        }).orElse(-1);
    }
}
