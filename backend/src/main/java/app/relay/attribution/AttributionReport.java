package app.relay.attribution;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.SqlPredicate;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ProblemException;
import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.Roles;
import app.relay.identity.UserDirectory;
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
 * its client, who qualified it, who closed its first deal and who held it at the end of the order's day. As in the
 * Changsong system, only orders of clients registered in Relay before the order's day count: a client entered after it bought
 * pays no one. The director reads everyone's credit; a head of sales the credit earned on their teams' clients, with
 * those clients' totals; everyone else their own line. The amounts are revenue: a caller from whom the field rules
 * hide order amounts gets none of it.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttributionReport {
    /**
     * The period's orders (cancelled ones aside; a client deleted since keeps its orders' credit) grouped by whether
     * their client was registered before the order's day began (company time) and by who held each role: the client's
     * finder, qualifier and closer (written once by the conveyor, one of each at most) and its owner at the end of the
     * order's day (owners' periods never overlap: one row at most). The groups are few — a handful of people hold the
     * roles — so spreading each into its roles afterwards costs nothing.
     */
    private static final String GROUPS = "select c.created_at < cast(o.ordered_on as timestamp) at time zone :zone "
            + "as registered, a.finder, a.qualifier, a.closer, s.user_id as owner, sum(o.company_amount) as amount, "
            + "count(*) as orders from client_order o join client c on c.id = o.client_id "
            + "left join (select client_id, max(user_id) filter (where kind = 'finder') as finder, "
            + "max(user_id) filter (where kind = 'qualifier') as qualifier, "
            + "max(user_id) filter (where kind = 'closer') as closer from party "
            + "where kind in ('finder', 'qualifier', 'closer') and deleted_at is null group by client_id) a "
            + "on a.client_id = o.client_id "
            + "left join party s on s.client_id = o.client_id and s.kind = 'owner' "
            + "and s.valid_from < cast(o.ordered_on + 1 as timestamp) at time zone :zone "
            + "and (s.valid_to is null or s.valid_to >= cast(o.ordered_on + 1 as timestamp) at time zone :zone) "
            + "where o.deleted_at is null and o.status <> 'cancelled' and o.ordered_on between :from and :to and %s "
            + "group by 1, 2, 3, 4, 5";
    /**
     * Per holder (null: no one) and role, the counted orders' sum and how many of them credit the holder for the
     * first time in this order of roles (a person's orders, each once); `left` holds the orders left out.
     */
    private static final String CREDIT = "select v.holder, v.role, sum(g.amount), sum(g.orders) filter (where v.first) "
            + "from (%s) g cross join lateral (values ('left', null, true), ('finder', g.finder, true), "
            + "('qualifier', g.qualifier, g.qualifier is distinct from g.finder), "
            + "('closer', g.closer, g.closer is distinct from g.finder and g.closer is distinct from g.qualifier), "
            + "('owner', g.owner, g.owner is distinct from g.finder and g.owner is distinct from g.qualifier "
            + "and g.owner is distinct from g.closer)) v(role, holder, first) "
            + "where (v.role = 'left') = not g.registered group by v.holder, v.role";

    /** The key of what no one holds a role for, among the people's. */
    private static final String NOBODY = "";

    private final EntityManager em;
    private final FieldAccess fields;
    private final ActingParty acting;
    private final AttributionSplit split;
    private final CompanyMoney money;
    private final AuditLog audit;
    private final UserDirectory directory;
    private final ZoneId zone;

    AttributionReport(EntityManager em, FieldAccess fields, ActingParty acting, AttributionSplit split,
            CompanyMoney money, AuditLog audit, UserDirectory directory,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.fields = fields;
        this.acting = acting;
        this.split = split;
        this.money = money;
        this.audit = audit;
        this.directory = directory;
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
        // A head of sales' report is about their teams' clients (by the client's team now: a client handed to another
        // team takes its credit there); anyone else's line counts every client's orders.
        SqlPredicate clients = everyone || !supervisor ? SqlPredicate.ALL
                : new SqlPredicate("c.team in (:attribution_teams)", Map.of("attribution_teams", me.teams()));
        Credit credit = credit(from, to, clients);
        Map<String, Map<AttributionRole, BigDecimal>> paid = payOut(credit);
        Map<String, String> names = directory.namesOf(paid.keySet());
        List<AttributionView.Person> people = new ArrayList<>();
        paid.forEach((user, byRole) -> {
            if (!user.equals(NOBODY) && (supervisor || user.equals(me.id()))) {
                people.add(new AttributionView.Person(user, names.getOrDefault(user, user), amounts(byRole),
                        credit.orders().getOrDefault(user, 0L)));
            }
        });
        people.sort(Comparator.comparing((AttributionView.Person p) -> p.amounts().total()).reversed()
                .thenComparing(AttributionView.Person::name));
        AttributionView.Supervised company = supervisor ? new AttributionView.Supervised(credit.countedOrders(),
                credit.counted(), credit.leftOutOrders(), credit.leftOut(),
                amounts(paid.getOrDefault(NOBODY, Map.of()))) : null;
        return new AttributionView(from, to, money.currency(), amounts(percents()), List.copyOf(people), company);
    }

    private Map<AttributionRole, BigDecimal> percents() {
        Map<AttributionRole, BigDecimal> out = new EnumMap<>(AttributionRole.class);
        for (AttributionRole role : AttributionRole.values()) {
            out.put(role, split.percent(role));
        }
        return out;
    }

    /** Per holder (no one: {@link #NOBODY}) and role the counted orders' sum; per person their orders; the totals. */
    private record Credit(Map<String, Map<AttributionRole, BigDecimal>> sums, Map<String, Long> orders,
            long countedOrders, BigDecimal counted, long leftOutOrders, BigDecimal leftOut) {
    }

    @SuppressWarnings("unchecked")
    private Credit credit(LocalDate from, LocalDate to, SqlPredicate clients) {
        Query query = em.createNativeQuery(CREDIT.formatted(GROUPS.formatted(clients.sql())))
                .setParameter("from", from).setParameter("to", to).setParameter("zone", postgresZone(zone));
        clients.params().forEach(query::setParameter);
        Map<String, Map<AttributionRole, BigDecimal>> sums = new HashMap<>();
        Map<String, Long> orders = new HashMap<>();
        long countedOrders = 0;
        long leftOutOrders = 0;
        BigDecimal leftOut = BigDecimal.ZERO;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            String holder = row[0] == null ? NOBODY : (String) row[0];
            long first = row[3] == null ? 0 : ((Number) row[3]).longValue();
            if ("left".equals(row[1])) {
                leftOutOrders += first;
                leftOut = leftOut.add((BigDecimal) row[2]);
                continue;
            }
            AttributionRole role = AttributionRole.ofPartyKind((String) row[1]);
            sums.computeIfAbsent(holder, h -> new EnumMap<>(AttributionRole.class)).put(role, (BigDecimal) row[2]);
            if (role == AttributionRole.FOUND) {
                countedOrders += first; // every counted order has one finder or no one: counted once here
            }
            if (!holder.equals(NOBODY)) {
                orders.merge(holder, first, Long::sum);
            }
        }
        BigDecimal counted = sums.values().stream().map(byRole -> byRole.getOrDefault(AttributionRole.FOUND,
                BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Credit(sums, orders, countedOrders, counted, leftOutOrders, leftOut);
    }

    /**
     * Each person's and no one's share of each role, in cents that add up to exactly what counted: every share is
     * cut down to the cent, and the cents left over go to the largest remainders (each order's role is held by one
     * person or by no one, so the exact shares add up to what counted).
     */
    private Map<String, Map<AttributionRole, BigDecimal>> payOut(Credit credit) {
        record Cell(String holder, AttributionRole role, BigDecimal exact, BigDecimal cents) {
        }
        List<Cell> cells = new ArrayList<>();
        credit.sums().forEach((holder, byRole) -> byRole.forEach((role, sum) -> {
            BigDecimal exact = sum.multiply(split.percent(role)).movePointLeft(2);
            cells.add(new Cell(holder, role, exact, exact.setScale(2, java.math.RoundingMode.FLOOR)));
        }));
        BigDecimal floored = cells.stream().map(Cell::cents).reduce(BigDecimal.ZERO, BigDecimal::add);
        int left = credit.counted().subtract(floored).movePointRight(2).intValue();
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
