package app.relay.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One round of a system job: it acts as the system under the job's name, in a transaction of its own, and runs once
 * across instances — a transaction-scoped PostgreSQL advisory lock on the job's name lets one instance run the
 * round while the others find it taken and skip it.
 */
@ApplicationScoped
public class SystemRounds {
    private final EntityManager em;
    private final ActingParty acting;

    SystemRounds(EntityManager em, ActingParty acting) {
        this.em = em;
        this.acting = acting;
    }

    /**
     * Runs `work` as the job `name`; answers its result, or empty when another instance holds the round (or the work
     * answered null). A round holds its transaction, and so the lock, until the work is done: keep it within the
     * transaction timeout (work in transactions of its own inside it still counts).
     */
    @ActivateRequestContext
    public <T> Optional<T> once(String name, Supplier<T> work) {
        acting.actAs(Actor.system(name));
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(:key))")
                    .setParameter("key", lockKey(name)).getSingleResult();
            return mine ? Optional.ofNullable(work.get()) : Optional.empty();
        });
    }

    /** The advisory lock's key for the job `name` (a test holds it to play another instance). */
    public static String lockKey(String name) {
        return "relay-job:" + name;
    }
}
