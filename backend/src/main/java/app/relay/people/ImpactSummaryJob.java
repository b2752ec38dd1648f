package app.relay.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps "if this manager left today" fast: counts again, per person, the figures of everyone whose clients changed
 * since (the triggers of V17 mark them) or whose count has run out by a party's date, and stores them by the
 * client's team and segment for {@link Impacts} to sum. One instance at a time (a session advisory lock held on a
 * connection of its own), each person in a transaction of their own; a mark is deleted only once seen and counted
 * after, so a change made meanwhile is counted on the next run.
 */
@ApplicationScoped
public class ImpactSummaryJob {
    public static final String NAME = "impact-summary";
    /** Marks taken per run: the rest waits for the next (the people they name are counted live meanwhile). */
    private static final int MARKS_PER_RUN = 200_000;
    private static final Logger LOG = Logger.getLogger(ImpactSummaryJob.class);

    private final EntityManager em;
    private final DataSource database;

    ImpactSummaryJob(EntityManager em, DataSource database) {
        this.em = em;
        this.database = database;
    }

    @Scheduled(every = "${relay.jobs.impact-summary.every:1m}", delayed = "20s", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Counts again whoever needs it; answers how many people were counted (0 when another instance is at it). */
    public int run() {
        try (Connection lock = database.getConnection()) {
            if (!advisory(lock, "pg_try_advisory_lock")) {
                return 0;
            }
            try {
                return refresh();
            } finally {
                advisory(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the impact summary lock", e);
        }
    }

    private static boolean advisory(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(hashtext('relay-job:" + NAME + "'))");
             ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    @SuppressWarnings("unchecked")
    private int refresh() {
        Long[] seen = QuarkusTransaction.requiringNew().call(() -> ((List<Number>) em.createNativeQuery(
                        "select id from impact_dirty order by id limit " + MARKS_PER_RUN).getResultList())
                .stream().map(Number::longValue).toArray(Long[]::new));
        Set<String> people = new LinkedHashSet<>(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "with marks as (select client_id, user_id from impact_dirty where id = any(cast(:ids as bigint[]))) "
                                + "select user_id from marks where user_id is not null union select p.user_id from party p "
                                + "where p.client_id in (select client_id from marks) and p.deleted_at is null "
                                + "union select user_id from impact_summary_state where holds_until <= now()")
                .setParameter("ids", seen).getResultList()));
        List<String> failed = new ArrayList<>();
        for (String person : people) {
            try {
                QuarkusTransaction.requiringNew().run(() -> count(person));
            } catch (RuntimeException e) {
                // One person's failure (a timeout, say) keeps their marks, not everyone's: they stay counted live.
                LOG.errorf(e, "could not count the impact of %s; counted live until the next run", person);
                failed.add(person);
            }
        }
        if (seen.length > 0) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from impact_dirty d "
                            + "where d.id = any(cast(:ids as bigint[])) and not coalesce(d.user_id = any(cast(:failed as text[])) "
                            + "or d.client_id in (select p.client_id from party p where p.user_id = any(cast(:failed as text[])) "
                            + "and p.deleted_at is null), false)")
                    .setParameter("ids", seen).setParameter("failed", failed.toArray(String[]::new)).executeUpdate());
        }
        if (!people.isEmpty()) {
            LOG.debugf("impact counted again for %d people", people.size());
        }
        return people.size();
    }

    private void count(String person) {
        // Never two counts of one person at once (another instance whose lock connection was lost, say): their
        // delete-then-insert would leave both sets of rows.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('relay-impact:' || :person))")
                .setParameter("person", person).getSingleResult();
        em.createNativeQuery("delete from impact_summary where user_id = :person").setParameter("person", person)
                .executeUpdate();
        em.createNativeQuery("insert into impact_summary (user_id, team, segment, clients, alone, personal, no_dm, "
                        + "risk_a, risk_ap, risk_ad, risk_apd, risk_p, risk_d, risk_pd) " + ImpactFacts.facts("true", "true")
                        + "select user_id, team, segment, " + ImpactFacts.FIGURES + " from facts group by user_id, team, segment")
                .setParameter("people", List.of(person)).executeUpdate();
        em.createNativeQuery("insert into impact_summary_state (user_id, computed_at, holds_until) select :person, now(), "
                        + "coalesce((" + ImpactFacts.NEXT_DATE + "), 'infinity') "
                        + "on conflict (user_id) do update set computed_at = excluded.computed_at, "
                        + "holds_until = excluded.holds_until")
                .setParameter("person", person).executeUpdate();
    }
}
