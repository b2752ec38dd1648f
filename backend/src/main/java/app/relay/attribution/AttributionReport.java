package app.relay.attribution;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ProblemException;
import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.Roles;
import app.relay.order.CompanyMoney;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who earned what in a period: each order's amount (in the company's currency) split between the person who found
 * its client, who qualified it, who closed its first deal and who held it on the order's day. As in the Changsong
 * system, only orders of clients registered in Relay before the order's day count: a client entered after it bought
 * pays no one. The director reads everyone's credit; a head of sales the credit earned on their teams' clients, with
 * those clients' totals; everyone else their own line. The amounts are revenue: a caller from whom the field rules
 * hide order amounts gets none of it.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttributionReport {
    /** The orders of the period, cancelled ones aside (a client deleted since keeps its orders' credit). */
    private static final String ORDERS = "from client_order o join client c on c.id = o.client_id "
            + "where o.deleted_at is null and o.status <> 'cancelled' and o.ordered_on between :from and :to ";
    /** Registered before the order's day began, in the company's time zone. */
    private static final String REGISTERED = "c.created_at < cast(o.ordered_on as timestamp) at time zone :zone";
    /** The client's owner on the order's day (the last one to take it that day), from the parties' history. */
    private static final String OWNER_THAT_DAY = "select p.user_id from party p where p.client_id = o.client_id "
            + "and p.kind = 'owner' and p.valid_from < cast(o.ordered_on + 1 as timestamp) at time zone :zone "
            + "and (p.valid_to is null or p.valid_to > cast(o.ordered_on as timestamp) at time zone :zone) "
            + "order by p.valid_from desc limit 1";
    /** The client's attribution party of a kind (written once by the conveyor; at most one per kind). */
    private static final String ATTRIBUTED = "select 1 from party p where p.client_id = o.client_id "
            + "and p.kind = '%s' and p.deleted_at is null";

    private final EntityManager em;
    private final FieldAccess fields;
    private final RowScope scope;
    private final ActingParty acting;
    private final AttributionSplit split;
    private final CompanyMoney money;
    private final AuditLog audit;
    private final ZoneId zone;

    AttributionReport(EntityManager em, FieldAccess fields, RowScope scope, ActingParty acting, AttributionSplit split,
            CompanyMoney money, AuditLog audit,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.fields = fields;
        this.scope = scope;
        this.acting = acting;
        this.split = split;
        this.money = money;
        this.audit = audit;
        this.zone = zone;
    }

    /** Today in the company's time zone: the default end of a period. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The report as the caller may read it; the read is audited. */
    public AttributionView read(LocalDate from, LocalDate to) {
        AttributionView view = compute(from, to);
        audit.recordMany(AuditAction.read, "attribution", view.people().size(), "attribution report " + from + " – " + to);
        return view;
    }

    /** The report as the caller may read it, for a caller who audits its use (an export). */
    public AttributionView compute(LocalDate from, LocalDate to) {
        if (!fields.baseLevel("order.amount").atLeast(AccessLevel.read)) {
            throw ProblemException.forbidden("The field rules hide order amounts from you, and this report is made "
                    + "of them");
        }
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to (" + to + ")");
        }
        Actor me = acting.actor();
        boolean everyone = !me.onNotice() && (me.isSystem() || me.hasRole(Roles.DIRECTOR));
        boolean supervisor = everyone || !me.onNotice() && me.hasRole(Roles.HEAD_OF_SALES) && !me.teams().isEmpty();
        // A head of sales' report is about their teams' clients; anyone else's line counts every client's orders.
        SqlPredicate clients = everyone || !supervisor ? SqlPredicate.ALL : scope.supervisedClients("c");
        Totals totals = totals(from, to, clients);
        Credit credit = credit(from, to, clients);
        Map<String, Map<AttributionRole, BigDecimal>> paid = payOut(credit.sums(), totals);
        List<AttributionView.Person> people = new ArrayList<>();
        paid.forEach((user, byRole) -> {
            if (!user.isEmpty() && (supervisor || user.equals(me.id()))) {
                people.add(new AttributionView.Person(user, credit.names().getOrDefault(user, user), amounts(byRole),
                        credit.orders().getOrDefault(user, 0L)));
            }
        });
        people.sort(Comparator.comparing((AttributionView.Person p) -> p.amounts().total()).reversed()
                .thenComparing(AttributionView.Person::name));
        AttributionView.Supervised company = supervisor ? new AttributionView.Supervised(totals.countedOrders(),
                totals.counted(), totals.notRegisteredOrders(), totals.notRegistered(),
                amounts(paid.getOrDefault(NOBODY, Map.of()))) : null;
        return new AttributionView(from, to, money.currency(), amounts(percents()), List.copyOf(people), company);
    }

    /** The key of what no one holds a role for, among the people's. */
    private static final String NOBODY = "";

    private Map<AttributionRole, BigDecimal> percents() {
        Map<AttributionRole, BigDecimal> out = new EnumMap<>(AttributionRole.class);
        for (AttributionRole role : AttributionRole.values()) {
            out.put(role, split.percent(role));
        }
        return out;
    }

    private record Credit(Map<String, Map<AttributionRole, BigDecimal>> sums, Map<String, Long> orders,
            Map<String, String> names) {
    }

    /** Per person and role, the sum of the orders crediting them; per person, how many orders credit them at all. */
    @SuppressWarnings("unchecked")
    private Credit credit(LocalDate from, LocalDate to, SqlPredicate clients) {
        String sql = "with counted as (select o.id, o.client_id, o.ordered_on, o.company_amount " + ORDERS + "and "
                + REGISTERED + " and " + clients.sql() + "), credit as (select p.user_id, p.kind, o.id, "
                + "o.company_amount from counted o join party p on p.client_id = o.client_id "
                + "and p.kind in ('finder', 'qualifier', 'closer') and p.deleted_at is null "
                + "union all select h.user_id, 'owner', o.id, o.company_amount from counted o "
                + "cross join lateral (" + OWNER_THAT_DAY + ") h) "
                + "select cr.user_id, cr.kind, sum(cr.company_amount), count(distinct cr.id), u.full_name "
                + "from credit cr left join app_user u on u.id = cr.user_id "
                + "group by grouping sets ((cr.user_id, u.full_name, cr.kind), (cr.user_id, u.full_name))";
        Query query = period(em.createNativeQuery(sql), from, to);
        clients.params().forEach(query::setParameter);
        Map<String, Map<AttributionRole, BigDecimal>> sums = new HashMap<>();
        Map<String, Long> orders = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            String user = (String) row[0];
            if (row[4] != null) {
                names.put(user, (String) row[4]);
            }
            if (row[1] == null) {
                orders.put(user, ((Number) row[3]).longValue());
            } else {
                sums.computeIfAbsent(user, u -> new EnumMap<>(AttributionRole.class))
                        .put(AttributionRole.ofPartyKind((String) row[1]), (BigDecimal) row[2]);
            }
        }
        return new Credit(sums, orders, names);
    }

    private record Totals(long countedOrders, BigDecimal counted, long notRegisteredOrders, BigDecimal notRegistered,
            Map<AttributionRole, BigDecimal> nobody) {
    }

    /** The orders counted and left out, and per role the counted orders' sum that no one holds the role for. */
    private Totals totals(LocalDate from, LocalDate to, SqlPredicate clients) {
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
        Map<AttributionRole, BigDecimal> nobody = new EnumMap<>(AttributionRole.class);
        for (AttributionRole role : AttributionRole.values()) {
            nobody.put(role, (BigDecimal) row[4 + role.ordinal()]);
        }
        return new Totals(((Number) row[0]).longValue(), (BigDecimal) row[1], ((Number) row[2]).longValue(),
                (BigDecimal) row[3], nobody);
    }

    /** The counted orders' sum where no one holds a role. */
    private static String nobody(String condition) {
        return "coalesce(sum(o.company_amount) filter (where " + REGISTERED + " and " + condition + "), 0)";
    }

    /**
     * Each person's and no one's share of each role, in cents that add up to exactly what counted: every share is
     * cut down to the cent, and the cents left over go to the largest remainders (each order's role is held by one
     * person or by no one, so the exact shares add up to what counted).
     */
    private Map<String, Map<AttributionRole, BigDecimal>> payOut(Map<String, Map<AttributionRole, BigDecimal>> sums,
            Totals totals) {
        record Cell(String holder, AttributionRole role, BigDecimal exact, BigDecimal cents) {
        }
        List<Cell> cells = new ArrayList<>();
        Map<String, Map<AttributionRole, BigDecimal>> all = new HashMap<>(sums);
        all.put(NOBODY, totals.nobody());
        all.forEach((holder, byRole) -> byRole.forEach((role, sum) -> {
            BigDecimal exact = sum.multiply(split.percent(role)).movePointLeft(2);
            cells.add(new Cell(holder, role, exact, exact.setScale(2, java.math.RoundingMode.FLOOR)));
        }));
        BigDecimal floored = cells.stream().map(Cell::cents).reduce(BigDecimal.ZERO, BigDecimal::add);
        int left = totals.counted().subtract(floored).movePointRight(2).intValue();
        cells.sort(Comparator.comparing((Cell cell) -> cell.exact().subtract(cell.cents())).reversed()
                .thenComparing(Cell::holder).thenComparing(Cell::role));
        Map<String, Map<AttributionRole, BigDecimal>> paid = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            BigDecimal cents = i < left ? cell.cents().add(new BigDecimal("0.01")) : cell.cents();
            paid.computeIfAbsent(cell.holder(), h -> new EnumMap<>(AttributionRole.class)).put(cell.role(), cents);
        }
        return paid;
    }

    private Query period(Query query, LocalDate from, LocalDate to) {
        return query.setParameter("from", from).setParameter("to", to).setParameter("zone", postgresZone(zone));
    }

    /**
     * The zone as PostgreSQL reads it: a region's name as it is; a fixed offset in POSIX form, whose sign is the
     * other way round (`UTC-02:00` is two hours east of Greenwich).
     */
    static String postgresZone(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds());
        }
        return zone.getId();
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
