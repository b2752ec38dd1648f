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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    /** How long a claimed message waits for its deliverer before another may take it up (a crash, a kill -9). */
    private final Duration lease;

    Outbox(EntityManager em, Instance<OutboxHandler> handlers, @ConfigProperty(name = "relay.outbox.lease") Duration lease) {
        this.em = em;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        if (lease.compareTo(Duration.ofSeconds(5)) < 0) {
            // Shorter than a delivery may take: another instance would send the same message again.
            throw new IllegalArgumentException("relay.outbox.lease (RELAY_OUTBOX_LEASE) must be 5 s or more, e.g. 5m");
        }
        this.lease = lease;
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

    /** Writes one message of this kind about each subject, in the caller's transaction (a letter per contact, …). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(String kind, Collection<String> subjects) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("No outbox handler delivers " + kind);
        }
        if (subjects.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into outbox_message (kind, subject) select :kind, s "
                        + "from unnest(cast(:subjects as text[])) with ordinality as t(s, n) order by n")
                .setParameter("kind", kind).setParameter("subjects", SqlValues.textArray(subjects)).executeUpdate();
    }

    /** Tries one committed message now (unless it waits out a pause after a failure); true once it is delivered. */
    public boolean deliverNow(long id) {
        return attempt(id) == Outcome.DELIVERED;
    }

    /**
     * Delivers the messages due, oldest first; after a failure skips the rest of that kind (its far side is most
     * likely away, and each attempt may wait for its timeouts) while other kinds go on. Answers how many were
     * delivered.
     */
    public int deliverDue(int max) {
        Set<String> away = new HashSet<>();
        int delivered = 0;
        int tried = 0;
        // Read again after each failure without the failed kind: thousands of letters waiting for an SMTP server
        // never hold back an account closing behind them.
        while (tried < max) {
            List<Object[]> due = due(max - tried, away);
            if (due.isEmpty()) {
                break;
            }
            for (Object[] message : due) {
                tried++;
                Outcome outcome = attempt(((Number) message[0]).longValue());
                delivered += outcome == Outcome.DELIVERED ? 1 : 0;
                if (outcome == Outcome.FAILED) {
                    away.add((String) message[1]);
                    break;
                }
            }
        }
        return delivered;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> due(int max, Set<String> away) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id, kind from outbox_message "
                        + "where delivered_at is null and refused_at is null and next_attempt_at <= now() "
                        + "and kind <> all(cast(:away as text[])) order by next_attempt_at, id limit :max")
                .setParameter("away", SqlValues.textArray(away)).setParameter("max", max).getResultList());
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

    private enum Outcome { DELIVERED, FAILED, REFUSED, SKIPPED }

    private record Claim(String kind, String subject, String payload, int attempts) {
    }

    /**
     * One attempt: the message is claimed (its next attempt put off by a lease) in a short transaction, delivered
     * with no transaction open (the far side may take its time), and the outcome recorded in another. A message
     * another instance holds, or one waiting out its pause, is skipped; one delivered meanwhile is not sent again;
     * one whose deliverer died is taken up again once the lease has run out.
     */
    private Outcome attempt(long id) {
        Object claimed = QuarkusTransaction.requiringNew().call(() -> claim(id));
        if (claimed instanceof Outcome outcome) {
            return outcome;
        }
        Claim claim = (Claim) claimed;
        try {
            handlers.get(claim.kind()).deliver(claim.subject(), claim.payload());
        } catch (OutboxRefusal refusal) {
            LOG.warnf("outbox message %d (%s %s) refused for good on attempt %d: %s", id, claim.kind(), claim.subject(),
                    claim.attempts(), refusal.getMessage());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_message set last_error = :error, "
                            + "refused_at = now() where id = :id")
                    .setParameter("error", truncate(String.valueOf(refusal.getMessage()))).setParameter("id", id)
                    .executeUpdate());
            return Outcome.REFUSED;
        } catch (Exception e) {
            Duration pause = pauseAfter(claim.attempts());
            LOG.warnf("outbox message %d (%s %s) not delivered, attempt %d; next in %s: %s", id, claim.kind(),
                    claim.subject(), claim.attempts(), pause, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_message set last_error = :error, "
                            + "next_attempt_at = now() + cast(:pause as interval) where id = :id")
                    .setParameter("error", truncate(String.valueOf(e.getMessage())))
                    .setParameter("pause", pause.toSeconds() + " seconds").setParameter("id", id).executeUpdate());
            return Outcome.FAILED;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_message set last_error = null, "
                + "delivered_at = now() where id = :id").setParameter("id", id).executeUpdate());
        return Outcome.DELIVERED;
    }

    @SuppressWarnings("unchecked")
    private Object claim(long id) {
        List<Object[]> rows = em.createNativeQuery("select kind, subject, payload, attempts, delivered_at, "
                + "next_attempt_at <= now() and refused_at is null from outbox_message where id = :id for update skip locked")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Object[] row = rows.get(0);
        if (row[4] != null) {
            return Outcome.DELIVERED;
        }
        if (!Boolean.TRUE.equals(row[5])) {
            return Outcome.SKIPPED;
        }
        int attempts = ((Number) row[3]).intValue() + 1;
        em.createNativeQuery("update outbox_message set attempts = :attempts, next_attempt_at = now() + cast(:lease as "
                        + "interval) where id = :id")
                .setParameter("attempts", attempts).setParameter("lease", lease.toSeconds() + " seconds")
                .setParameter("id", id).executeUpdate();
        return new Claim((String) row[0], (String) row[1], (String) row[2], attempts);
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
