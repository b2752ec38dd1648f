package app.relay.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per client, what its orders say in the company's currency (`client_figures`): revenue of the last 12 months up
 * to today, first and last order dates, the average days between orders, and unpaid orders past their due date.
 * Cancelled orders count for nothing. Counted again for a client at each of its orders' posts, and each night for
 * every client counted before today (the calendar moves on).
 */
@ApplicationScoped
public class OrderFigures {
    private static final String COUNT = "insert into client_figures (client_id, revenue_12m, first_order_on, "
            + "last_order_on, order_interval_days, overdue_receivables, computed_on) "
            + "select c.id, round(coalesce(sum(o.company_amount) filter (where o.ordered_on > cast(:today as date) "
            + "- interval '12 months' and o.ordered_on <= :today), 0), 2), min(o.ordered_on), max(o.ordered_on), "
            + "case when count(distinct o.ordered_on) > 1 then round((max(o.ordered_on) - min(o.ordered_on)) "
            + "/ (count(distinct o.ordered_on) - 1.0)) end, "
            + "round(coalesce(sum(o.company_amount) filter (where o.status <> 'paid' and o.due_on < :today), 0), 2), "
            + ":today "
            + "from client c left join client_order o on o.client_id = c.id and o.deleted_at is null "
            + "and o.status <> 'cancelled' where c.id in (:clients) group by c.id "
            + "on conflict (client_id) do update set revenue_12m = excluded.revenue_12m, "
            + "first_order_on = excluded.first_order_on, last_order_on = excluded.last_order_on, "
            + "order_interval_days = excluded.order_interval_days, "
            + "overdue_receivables = excluded.overdue_receivables, computed_on = excluded.computed_on";

    private final EntityManager em;
    private final ZoneId zone;

    OrderFigures(EntityManager em, @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    /** Today by the company's calendar. */
    LocalDate today() {
        return LocalDate.now(zone);
    }

    /**
     * Counts these clients' figures again, in the caller's transaction. One count of a client at a time (a lock
     * per client, taken in id order): a count waiting for another's commit then sees that one's order too, instead
     * of writing figures without it.
     */
    void count(List<UUID> clients) {
        if (!clients.isEmpty()) {
            em.createNativeQuery("select count(pg_advisory_xact_lock(hashtext('relay-figures:' || cast(id as text)))) "
                    + "from (select id from unnest(cast(:clients as uuid[])) id order by id) locked")
                    .setParameter("clients", clients.toArray(UUID[]::new)).getSingleResult();
            em.createNativeQuery(COUNT).setParameter("today", today()).setParameter("clients", clients)
                    .executeUpdate();
        }
    }

    /** Up to `limit` clients whose figures were counted before today. */
    @SuppressWarnings("unchecked")
    List<UUID> countedBeforeToday(int limit) {
        return em.createNativeQuery("select client_id from client_figures where computed_on < :today "
                + "order by client_id limit " + limit, UUID.class).setParameter("today", today()).getResultList();
    }
}
