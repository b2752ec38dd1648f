package app.relay.party;

import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
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
 * Temporary owners stop counting the moment their date passes (the row scope reads `valid_to`); each
 * night this job records the end, acting as the system, so the history tells when a stand-in ended.
 * One instance does it at a time (a transaction-scoped advisory lock).
 */
@ApplicationScoped
public class TemporaryOwnersJob {
    public static final String NAME = "temporary-owners";
    private static final Logger LOG = Logger.getLogger(TemporaryOwnersJob.class);
    private static final long LOCK = 0x72656c6179_02L;

    @Inject
    EntityManager em;
    @Inject
    ActingParty acting;
    @Inject
    AuditLog audit;

    @Scheduled(cron = "${relay.jobs.temporary-owners.cron:0 10 0 * * ?}", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void nightly() {
        run();
    }

    /** Ends every temporary owner whose time is up; answers how many. */
    @ActivateRequestContext
    public int run() {
        acting.actAs(Actor.system(NAME));
        int ended = QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            int count = em.createNativeQuery("update party set deleted_at = valid_to, deleted_by = :actor, "
                            + "updated_at = now(), updated_by = :actor, version = version + 1 "
                            + "where kind = 'temporary-owner' and deleted_at is null and valid_to <= now()")
                    .setParameter("actor", acting.id())
                    .executeUpdate();
            if (count > 0) {
                audit.recordMany(AuditAction.update, "party", count, "temporary owners whose time was up ended");
            }
            return count;
        });
        if (ended > 0) {
            LOG.infof("ended %d temporary owners whose time was up", ended);
        }
        return ended;
    }
}
