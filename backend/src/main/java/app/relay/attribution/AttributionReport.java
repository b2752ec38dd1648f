package app.relay.attribution;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.order.CompanyMoney;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who earned what in a period: each order's amount (in the company's currency) split between the person who found
 * its client, who qualified it, who closed its first deal and who managed it on the order's day. As in the Changsong
 * system, only orders of clients registered in Relay before the order's day count: a client entered after it bought
 * pays no one. The director and admins see everyone, a head of sales their teams' people, others themselves; the
 * amounts are revenue, so a caller from whom the field rules hide order amounts gets none of it.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttributionReport {
    /** The orders that count and those left out, between :from and :to; the client is `c`, the order `o`. */
    private static final String ORDERS = "from client_order o join client c on c.id = o.client_id "
            + "where o.deleted_at is null and o.status <> 'cancelled' and c.deleted_at is null "
            + "and o.ordered_on between :from and :to ";
    /** Registered before the order's day began, in the company's time zone. */
    private static final String REGISTERED = "c.created_at < cast(o.ordered_on as timestamp) at time zone :zone";
    /** The client's owner on the order's day (the last one to take it that day), from the parties' history. */
    private static final String OWNER_THAT_DAY = "select p.user_id from party p where p.client_id = o.client_id "
            + "and p.kind = 'owner' and p.valid_from < cast(o.ordered_on + 1 as timestamp) at time zone :zone "
            + "and (p.valid_to is null or p.valid_to > cast(o.ordered_on as timestamp) at time zone :zone) "
            + "order by p.valid_from desc limit 1";
    /** The client's attribution party of a kind (written once by the conveyor). */
    private static final String ATTRIBUTED = "select 1 from party p where p.client_id = o.client_id "
            + "and p.kind = '%s' and p.deleted_at is null";

    private final EntityManager em;
    private final FieldAccess fields;
    private final RowScope scope;
    private final AttributionSplit split;
    private final CompanyMoney money;
    private final AuditLog audit;
    private final ZoneId zone;

    AttributionReport(EntityManager em, FieldAccess fields, RowScope scope, AttributionSplit split, CompanyMoney money,
            AuditLog audit, @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.fields = fields;
        this.scope = scope;
        this.split = split;
        this.money = money;
        this.audit = audit;
        this.zone = zone;
    }

    /** Today in the company's time zone: the default end of a period. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public AttributionView report(LocalDate from, LocalDate to) {
        if (!fields.baseLevel("order.amount").atLeast(AccessLevel.read)) {
            throw ProblemException.forbidden("The field rules hide order amounts from you, and this report is made "
                    + "of them");
        }
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to (" + to + ")");
        }
        Optional<List<String>> supervised = scope.supervisedTeams();
        List<AttributionView.Person> people = people(from, to, supervised);
        AttributionView.Supervised company = supervised.map(List::isEmpty).orElse(false) ? null
                : supervised(from, to, scope.supervisedClients("c"));
        audit.recordMany(AuditAction.read, "attribution", people.size(), "attribution report " + from + " – " + to);
        return new AttributionView(from, to, money.currency(), shares(), people, company);
    }

    private AttributionView.Amounts shares() {
        return amounts(Map.of(AttributionRole.FOUND, split.percent(AttributionRole.FOUND),
                AttributionRole.QUALIFIED, split.percent(AttributionRole.QUALIFIED),
                AttributionRole.CLOSED, split.percent(AttributionRole.CLOSED),
                AttributionRole.MANAGES, split.percent(AttributionRole.MANAGES)));
    }

    /** Each credited person the caller may see, with their share of the orders in each role. */
    @SuppressWarnings("unchecked")
    private List<AttributionView.Person> people(LocalDate from, LocalDate to, Optional<List<String>> supervised) {
        // One row per person and role, and (kind null) one per person with the orders crediting them at all.
        String sql = "with counted as (select o.id, o.client_id, o.ordered_on, o.company_amount " + ORDERS + "and "
                + REGISTERED + "), credit as (select p.user_id, p.kind, o.id, o.company_amount from counted o "
                + "join party p on p.client_id = o.client_id and p.kind in ('finder', 'qualifier', 'closer') "
                + "and p.deleted_at is null "
                + "union all select h.user_id, 'owner', o.id, o.company_amount from counted o "
                + "cross join lateral (" + OWNER_THAT_DAY + ") h) "
                + "select cr.user_id, cr.kind, sum(cr.company_amount), count(distinct cr.id), u.full_name "
                + "from credit cr left join app_user u on u.id = cr.user_id "
                + "where :everyone or cr.user_id = :me or u.teams && cast(:teams as text[]) "
                + "group by grouping sets ((cr.user_id, u.full_name, cr.kind), (cr.user_id, u.full_name))";
        Query query = em.createNativeQuery(sql)
                .setParameter("everyone", supervised.isEmpty())
                .setParameter("me", scope.callerId())
                .setParameter("teams", SqlValues.textArray(supervised.orElse(List.of())));
        List<Object[]> rows = period(query, from, to).getResultList();
        Map<String, Map<AttributionRole, BigDecimal>> sums = new LinkedHashMap<>();
        Map<String, Long> orders = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : rows) {
            String user = (String) row[0];
            names.put(user, row[4] == null ? user : (String) row[4]);
            if (row[1] == null) {
                orders.put(user, ((Number) row[3]).longValue());
            } else {
                sums.computeIfAbsent(user, u -> new EnumMap<>(AttributionRole.class))
                        .put(AttributionRole.ofPartyKind((String) row[1]), share((BigDecimal) row[2],
                                AttributionRole.ofPartyKind((String) row[1])));
            }
        }
        List<AttributionView.Person> people = new ArrayList<>();
        sums.forEach((user, byRole) -> people.add(new AttributionView.Person(user, names.get(user), amounts(byRole),
                orders.getOrDefault(user, 0L))));
        people.sort(Comparator.comparing((AttributionView.Person p) -> p.amounts().total()).reversed()
                .thenComparing(AttributionView.Person::name));
        return Collections.unmodifiableList(people);
    }

    /** The supervised clients' orders: counted, left out, and each role's share no one was credited with. */
    private AttributionView.Supervised supervised(LocalDate from, LocalDate to, SqlPredicate clients) {
        String sql = "select count(*) filter (where " + REGISTERED + "), "
                + "coalesce(sum(o.company_amount) filter (where " + REGISTERED + "), 0), "
                + "count(*) filter (where not (" + REGISTERED + ")), "
                + "coalesce(sum(o.company_amount) filter (where not (" + REGISTERED + ")), 0), "
                + nobody("not exists (" + ATTRIBUTED.formatted("finder") + ")") + ", "
                + nobody("not exists (" + ATTRIBUTED.formatted("qualifier") + ")") + ", "
                + nobody("not exists (" + ATTRIBUTED.formatted("closer") + ")") + ", "
                + nobody("not exists (" + OWNER_THAT_DAY + ")") + " "
                + ORDERS + "and " + clients.sql();
        Query query = period(em.createNativeQuery(sql), from, to);
        clients.params().forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        Map<AttributionRole, BigDecimal> unattributed = new EnumMap<>(AttributionRole.class);
        for (AttributionRole role : AttributionRole.values()) {
            unattributed.put(role, share((BigDecimal) row[4 + role.ordinal()], role));
        }
        return new AttributionView.Supervised(((Number) row[0]).longValue(), (BigDecimal) row[1],
                ((Number) row[2]).longValue(), (BigDecimal) row[3], amounts(unattributed));
    }

    /** The counted orders' sum where no one holds a role. */
    private static String nobody(String condition) {
        return "coalesce(sum(o.company_amount) filter (where " + REGISTERED + " and " + condition + "), 0)";
    }

    private Query period(Query query, LocalDate from, LocalDate to) {
        return query.setParameter("from", from).setParameter("to", to).setParameter("zone", zone.getId());
    }

    /** A role's share of a sum, to the cent. */
    private BigDecimal share(BigDecimal sum, AttributionRole role) {
        return sum.multiply(split.percent(role)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }

    private static AttributionView.Amounts amounts(Map<AttributionRole, BigDecimal> byRole) {
        BigDecimal found = byRole.getOrDefault(AttributionRole.FOUND, BigDecimal.ZERO);
        BigDecimal qualified = byRole.getOrDefault(AttributionRole.QUALIFIED, BigDecimal.ZERO);
        BigDecimal closed = byRole.getOrDefault(AttributionRole.CLOSED, BigDecimal.ZERO);
        BigDecimal manages = byRole.getOrDefault(AttributionRole.MANAGES, BigDecimal.ZERO);
        return new AttributionView.Amounts(found, qualified, closed, manages,
                found.add(qualified).add(closed).add(manages));
    }
}
