package app.relay.party;

import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.identity.ActingParty;
import app.relay.identity.SystemRounds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Parties with an end date (a temporary owner above all) stop counting the moment it passes (the row
 * scope reads `valid_to`); each night this job records the end, acting as the system, so the history
 * tells when a stand-in ended; a round of the system's (see {@link SystemRounds}).
 */
@ApplicationScoped
public class PartyExpiryJob {
    public static final String NAME = "party-expiry";
    /** Ends parties whose time is up, as `:actor`; callers may narrow it with more conditions. */
    static final String END_EXPIRED = "update party set deleted_at = valid_to, deleted_by = :actor, updated_at = now(), "
            + "updated_by = :actor, version = version + 1 where deleted_at is null and valid_to <= now()";
    private static final Logger LOG = Logger.getLogger(PartyExpiryJob.class);

    @Inject
    EntityManager em;
    @Inject
    ActingParty acting;
    @Inject
    AuditLog audit;
    @Inject
    SystemRounds rounds;

    @Scheduled(cron = "${relay.jobs.party-expiry.cron:0 10 0 * * ?}", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Ends every party whose time is up; answers how many. Runs as the system, outside any caller's request. */
    public int run() {
        long started = System.nanoTime();
        int ended = rounds.once(NAME, () -> {
            int count = em.createNativeQuery(END_EXPIRED).setParameter("actor", acting.id())
                    .executeUpdate();
            if (count > 0) {
                audit.recordMany(AuditAction.update, "party", count, "parties whose time was up ended");
            }
            return count;
        }).orElse(0);
        if (ended > 0) {
            LOG.infof("ended %d parties whose time was up in %d ms", ended, (System.nanoTime() - started) / 1_000_000);
        }
        return ended;
    }
}
