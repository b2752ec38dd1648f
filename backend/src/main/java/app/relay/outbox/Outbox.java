package app.relay.outbox;

import app.relay.common.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The transactional outbox: a side effect outside the database (disabling an account in Keycloak, later a
 * letter) is written as a message in the transaction of the change that calls for it, so that it exists if
 * and only if the change committed; it is then delivered, and tried again with a growing pause until it is.
 * Nothing gives up: a message waits, with its last error, for as long as the other side is away.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);

    private final EntityManager em;
    private final Map<String, OutboxHandler> handlers;

    Outbox(EntityManager em, Instance<OutboxHandler> handlers) {
        this.em = em;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
    }

    /** Writes a message in the caller's transaction; answers its id, to deliver it at once after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String kind, String subject, String payload) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("No outbox handler delivers " + kind);
        }
        return ((Number) em.createNativeQuery("insert into outbox_message (kind, subject, payload) "
                        + "values (:kind, :subject, :payload) returning id")
                .setParameter("kind", kind).setParameter("subject", subject).setParameter("payload", payload)
                .getSingleResult()).longValue();
    }

    /** Tries one committed message now, outside any transaction of the caller; true once it is delivered. */
    public boolean deliverNow(long id) {
        return QuarkusTransaction.requiringNew().call(() -> attempt(id));
    }

    /** Delivers the messages due, oldest first, each in its own transaction; answers how many were delivered. */
    @SuppressWarnings("unchecked")
    public int deliverDue(int max) {
        List<Number> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id from outbox_message "
                        + "where delivered_at is null and next_attempt_at <= now() order by next_attempt_at, id limit :max")
                .setParameter("max", max).getResultList());
        int delivered = 0;
        for (Number id : due) {
            if (deliverNow(id.longValue())) {
                delivered++;
            }
        }
        return delivered;
    }

    /** The latest message of this kind about this subject, if any. */
    public Optional<OutboxState> latest(String kind, String subject) {
        return Optional.ofNullable(latest(kind, List.of(subject)).get(subject));
    }

    /** The latest message of this kind about each of these subjects; those without one are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, OutboxState> latest(String kind, Collection<String> subjects) {
        List<Object[]> rows = em.createNativeQuery("select distinct on (subject) subject, id, delivered_at, attempts, "
                        + "last_error, next_attempt_at from outbox_message where kind = :kind "
                        + "and subject = any(cast(:subjects as text[])) order by subject, id desc")
                .setParameter("kind", kind).setParameter("subjects", SqlValues.textArray(subjects)).getResultList();
        Map<String, OutboxState> latest = new HashMap<>();
        rows.forEach(r -> latest.put((String) r[0], new OutboxState(((Number) r[1]).longValue(), r[2] != null,
                ((Number) r[3]).intValue(), (String) r[4], SqlValues.instant(r[5]),
                r[2] == null ? null : SqlValues.instant(r[2]))));
        return latest;
    }

    /**
     * One attempt, holding the message's row: a message another instance is delivering is skipped, one
     * delivered meanwhile is not delivered again.
     */
    @SuppressWarnings("unchecked")
    private boolean attempt(long id) {
        List<Object[]> rows = em.createNativeQuery("select kind, subject, payload, attempts, delivered_at from outbox_message "
                + "where id = :id for update skip locked").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        if (row[4] != null) {
            return true;
        }
        int attempts = ((Number) row[3]).intValue() + 1;
        try {
            handlers.get((String) row[0]).deliver((String) row[1], (String) row[2]);
        } catch (Exception e) {
            Duration pause = pauseAfter(attempts);
            LOG.warnf("outbox message %d (%s %s) not delivered, attempt %d; next in %s: %s", id, row[0], row[1],
                    attempts, pause, e.getMessage());
            em.createNativeQuery("update outbox_message set attempts = :attempts, last_error = :error, "
                            + "next_attempt_at = now() + cast(:pause as interval) where id = :id")
                    .setParameter("attempts", attempts).setParameter("error", truncate(String.valueOf(e.getMessage())))
                    .setParameter("pause", pause.toSeconds() + " seconds").setParameter("id", id).executeUpdate();
            return false;
        }
        em.createNativeQuery("update outbox_message set attempts = :attempts, last_error = null, delivered_at = now() "
                + "where id = :id").setParameter("attempts", attempts).setParameter("id", id).executeUpdate();
        return true;
    }

    /** 10 s, 20 s, 40 s, … up to half an hour between attempts. */
    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
