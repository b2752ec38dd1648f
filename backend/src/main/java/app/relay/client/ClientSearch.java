package app.relay.client;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SegmentCatalog;
import app.relay.access.SqlPredicate;
import app.relay.common.Cursor;
import app.relay.common.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;

/** The client queries: list and search with keyset paging, lookup by id, duplicate check, all under row access. */
@RequestScoped
public class ClientSearch {
    private final EntityManager em;
    private final RowScope access;
    private final FieldAccess fields;
    private final TextSearch text;
    private final ObjectMapper json;
    private final long estimatedAbove;
    private final SegmentCatalog segments;
    private final KeptStageTally keptTally;

    ClientSearch(EntityManager em, RowScope access, FieldAccess fields, TextSearch text, ObjectMapper json,
            SegmentCatalog segments, KeptStageTally keptTally,
            @ConfigProperty(name = "relay.totals.estimated-above", defaultValue = "50000") long estimatedAbove) {
        this.estimatedAbove = estimatedAbove;
        this.segments = segments;
        this.keptTally = keptTally;
        this.json = json;
        this.text = text;
        this.em = em;
        this.access = access;
        this.fields = fields;
    }

    /**
     * The filter as this caller may run it: by default clients come by name, or by newest first for a
     * caller who may not read names (an order by name would tell them).
     */
    public ClientFilter readableOrder(ClientFilter filter) {
        if (filter.sort() == ClientSort.DEFAULT && !fields.baseLevel("client.name").atLeast(AccessLevel.read)) {
            return filter.sortedBy(ClientSort.NEWEST_FIRST);
        }
        return filter;
    }

    /**
     * One page of the clients the caller may see, each with what its view needs, in one statement; one row
     * more is read to know if a next page exists. The page is chosen first, then completed: the names, parties
     * and counts are looked up for its rows only.
     */
    public List<ListedClient> page(ClientFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder wanted = new StringBuilder(conditions(filter, params));
        Cursor cursor = filter.cursor();
        if (cursor != null && !filter.sort().accepts(cursor.key())) {
            // Sealed by us, but for another order (the field rules changed between two pages).
            throw ProblemException.invalid("cursor", "not a cursor of this sort order; start from the first page");
        }
        if (cursor != null) {
            wanted.append(" and ").append(filter.sort().after());
            params.put("ck", cursor.key());
            params.put("cid", cursor.id());
        }
        String order = " order by " + filter.sort().orderBy();
        String limit = " limit " + (filter.limit() + 1);
        List<SqlPredicate> branches = access.visibleBranches("c");
        branches.forEach(branch -> params.putAll(branch.params()));
        String chosen;
        if (branches.size() == 1 || filter.q() != null) {
            // One way of seeing; or a text search, which reads its trigram index once rather than once per branch.
            chosen = "select c.* from client c where (" + String.join(" or ", branches.stream().map(SqlPredicate::sql)
                    .toList()) + ")" + wanted + order + limit;
        } else {
            // Each way of seeing (a team, one's own clients, …) pages along its own index; the page is their union's
            // first rows. One predicate ORing them all would walk one index and filter, past every row of others.
            chosen = "select c.* from client c where c.id in (" + String.join(" union all ", branches.stream()
                    .map(branch -> "(select c.id from client c where " + branch.sql() + wanted + order + limit + ")")
                    .toList()) + ")" + order + limit;
        }
        NativeQuery<Object[]> query = ListedClient.query(em, chosen, order);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> ListedClient.of(row, json)).toList();
    }

    /** Totals stop counting here: an exact count of a big part of a million clients costs a second. */
    public static final long COUNTED_UP_TO = 10_000;

    /**
     * How many clients the caller may see match the filter, counting at most `limit` + 1 (more than
     * `limit` means "more than that"): the same rule as the page, so no total leaks. When the planner
     * expects far more than `limit` (over `relay.totals.estimated-above`), it is not counted at all and
     * the answer is "more than": counting ten thousand matches of a common fragment row by row takes
     * most of a second.
     */
    public long countUpTo(ClientFilter filter, long limit) {
        Map<String, Object> params = new HashMap<>();
        String matching = "select 1 from client c where " + matching(filter, params);
        if (PlanEstimate.rows(em, matching, params) > estimatedAbove) {
            return limit + 1;
        }
        Query query = em.createNativeQuery("select count(*) from (" + matching + " limit " + (limit + 1) + ") counted");
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Per stage, how many clients the caller may see match the filter and their revenue of the last 12 months: the
     * board's columns, under the same rule as its cards. From the totals kept per team, owner, segment and stage
     * where they answer the question, else counted here.
     */
    @SuppressWarnings("unchecked")
    public List<StageTally> tallyByStage(ClientFilter filter) {
        requireReadable(filter);
        segments.requireKey("segment", filter.segment());
        Optional<List<StageTally>> kept = keptTally.of(filter);
        if (kept.isPresent()) {
            return kept.get();
        }
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select c.stage_id, count(*), sum(f.revenue_12m) from client c"
                + ClientFigures.JOIN + " where " + matching(filter, params) + " group by c.stage_id");
        params.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new StageTally((UUID) r[0],
                ((Number) r[1]).longValue(), (java.math.BigDecimal) r[2])).toList();
    }

    /** The row rule and the filter's conditions, whatever the page. */
    private String matching(ClientFilter filter, Map<String, Object> params) {
        String conditions = conditions(filter, params);
        SqlPredicate visible = access.visibleClients("c");
        params.putAll(visible.params());
        return visible.sql() + conditions;
    }

    /** The filter's conditions over `client c`, each starting with " and ". */
    private String conditions(ClientFilter filter, Map<String, Object> params) {
        requireReadable(filter);
        segments.requireKey("segment", filter.segment());
        StringBuilder sql = new StringBuilder(filter.deleted() ? " and c.deleted_at is not null" : " and c.deleted_at is null");
        if (filter.q() != null) {
            sql.append(" and ").append(text.condition(filter.q(), params));
        }
        equal(sql, params, "lifecycle", filter.lifecycle() == null ? null : filter.lifecycle().name());
        equal(sql, params, "segment", filter.segment());
        equal(sql, params, "country", filter.country());
        equal(sql, params, "team", filter.team());
        if (ClientFilter.NOBODY.equals(filter.ownerId())) {
            sql.append(" and c.owner_id is null");
        } else {
            equal(sql, params, "owner_id", filter.ownerId());
        }
        if (filter.stageId() != null) {
            sql.append(" and c.stage_id = :stage_id");
            params.put("stage_id", filter.stageId());
        }
        if (filter.region() != null) {
            sql.append(" and relay_fold(c.region) = relay_fold(:region)");
            params.put("region", filter.region());
        }
        if (filter.tag() != null) {
            sql.append(" and :tag = any(c.tags)");
            params.put("tag", filter.tag());
        }
        return sql.toString();
    }

    /** Filters and sort only on fields the caller may read: a match would tell the value. */
    private void requireReadable(ClientFilter filter) {
        filter.governedParameters().forEach((parameter, key) -> {
            if (!fields.baseLevel(key).atLeast(AccessLevel.read)) {
                throw ProblemException.invalid(parameter, "your role may not read " + key + ", so it may not filter "
                        + "or sort by it");
            }
        });
    }

    /** A client the caller may see, deleted ones only for those who may restore them. */
    @SuppressWarnings("unchecked")
    public Client visible(UUID id) {
        SqlPredicate visible = openable();
        Query query = em.createNativeQuery("select c.* from client c where c.id = :id and " + visible.sql(), Client.class);
        query.setParameter("id", id);
        visible.params().forEach(query::setParameter);
        List<Client> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The clients among `ids` the caller may see (deleted ones only for those who may restore them), read
     * like a page: one statement however many, for views that show clients beside their own records.
     */
    public List<ListedClient> visibleAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlPredicate visible = openable();
        NativeQuery<Object[]> query = ListedClient.query(em, "select c.* from client c where c.id in (:ids) and "
                + visible.sql(), " order by c.id");
        query.setParameter("ids", ids);
        visible.params().forEach(query::setParameter);
        return query.getResultList().stream().map(row -> ListedClient.of(row, json)).toList();
    }

    /** The clients the caller may open, over `client c`: in the row scope, and deleted ones only for restorers. */
    private SqlPredicate openable() {
        SqlPredicate visible = access.visibleClients("c");
        return access.canRestore() ? visible
                : new SqlPredicate(visible.sql() + " and c.deleted_at is null", visible.params());
    }

    /** An existing client like one being entered, and whether the caller may see it. */
    public record Similar(UUID id, String name, String ownerId, boolean taxMatch, boolean deleted, boolean visible) {
        /** The one place the columns of {@link #similarRows} are read, in their select order. */
        static Similar of(Object[] row) {
            return new Similar((UUID) row[0], (String) row[1], (String) row[2], Boolean.TRUE.equals(row[3]),
                    Boolean.TRUE.equals(row[4]), Boolean.TRUE.equals(row[5]));
        }
    }

    /** Live clients with the same tax id (any country) or a very similar name: the hint while typing. */
    public List<Similar> similar(String name, String taxId) {
        return similarRows("c.deleted_at is null and ("
                + "(cast(:tax as text) is not null and relay_tax_key(c.tax_id) = relay_tax_key(cast(:tax as text))) or "
                + "(cast(:name as text) is not null and relay_fold(c.name) % relay_fold(cast(:name as text)) "
                + "and similarity(relay_fold(c.name), relay_fold(cast(:name as text))) >= 0.6))", name, taxId, null);
    }

    /**
     * Clients, deleted ones included, that a new client would repeat: the same name once folded, or the
     * same tax id in the same country. Serialised per name and tax id, so that two identical creates at
     * the same moment cannot both find nothing.
     */
    public List<Similar> identical(String name, String taxId, String country) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('client-name:' || relay_fold(:name)))")
                .setParameter("name", name).getSingleResult();
        if (taxId != null) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('client-tax:' || relay_tax_key(:tax)))")
                    .setParameter("tax", taxId).getSingleResult();
        }
        return similarRows("(relay_fold(c.name) = relay_fold(cast(:name as text)) or (cast(:tax as text) is not null "
                + "and c.country = :country and relay_tax_key(c.tax_id) = relay_tax_key(cast(:tax as text))))",
                name, taxId, country);
    }

    @SuppressWarnings("unchecked")
    private List<Similar> similarRows(String condition, String name, String taxId, String country) {
        SqlPredicate visible = access.visibleClients("c");
        Query query = em.createNativeQuery("select c.id, c.name, c.owner_id, "
                + "(cast(:tax as text) is not null and relay_tax_key(c.tax_id) = relay_tax_key(cast(:tax as text))), "
                + "c.deleted_at is not null, " + visible.sql() + " from client c where " + condition
                + " order by 4 desc, similarity(relay_fold(c.name), relay_fold(coalesce(cast(:name as text), ''))) desc"
                + " limit 10");
        query.setParameter("name", name);
        query.setParameter("tax", taxId);
        if (country != null) {
            query.setParameter("country", country);
        }
        visible.params().forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(Similar::of).toList();
    }

    /** Number of live contact persons of one client. */
    public long contactCount(UUID clientId) {
        return ((Number) em.createNativeQuery("select count(*) from contact where client_id = :id and deleted_at is null")
                .setParameter("id", clientId).getSingleResult()).longValue();
    }

    private static void equal(StringBuilder sql, Map<String, Object> params, String column, String value) {
        if (value != null) {
            sql.append(" and c.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }
}
