package app.relay.segment;

import java.util.List;
import java.util.Map;

/**
 * The segments' rules as one SQL query over every client in the file at once: where each live customer (past the
 * prospect phase, not lost) belongs today, and its lifecycle; the shares are of these customers' revenue. Segments are tried highest rank first, the first whose rule
 * matches wins; clients no rule takes fall into the lowest segment. A revenue share counts clients biggest first:
 * a client is in the top X % when the clients before it make less than X % of the 12-month revenue (the one
 * crossing the line is in). Pinned clients keep their segment. Lifecycle: active when the last order is within
 * the active window, passive before it; clients without orders keep theirs.
 */
final class SegmentRules {
    private SegmentRules() {
    }

    /** SQL selecting `id, from_segment, to_segment, from_lifecycle, to_lifecycle` of every client that moves. */
    static String moves(List<Segment> byRank, Map<String, Object> params) {
        StringBuilder target = new StringBuilder("case when p.client_id is not null then f.segment");
        boolean computed = false;
        for (int i = 0; i < byRank.size(); i++) {
            Segment segment = byRank.get(i);
            String condition = condition(segment);
            if (condition != null) {
                computed = true;
                target.append(" when ").append(condition).append(" then cast(:segment").append(i).append(" as text)");
                params.put("segment" + i, segment.key);
            }
        }
        // With no rule that computes (every segment by hand), the rules move nobody's segment.
        target.append(computed ? " else cast(:rest as text) end" : " else f.segment end");
        if (computed) {
            params.put("rest", byRank.get(byRank.size() - 1).key);
        }
        return "with f as materialized (select c.id, c.segment, c.lifecycle, coalesce(x.revenue_12m, 0) as revenue, "
                + "x.last_order_on, coalesce(sum(coalesce(x.revenue_12m, 0)) over (order by coalesce(x.revenue_12m, 0) "
                + "desc, c.id rows between unbounded preceding and 1 preceding), 0) as before, "
                + "sum(coalesce(x.revenue_12m, 0)) over () as total "
                + "from client c left join client_figures x on x.client_id = c.id "
                + "where c.deleted_at is null and c.lifecycle not in ('prospect', 'lost')), "
                + "t as (select f.id, f.segment as from_segment, " + target + " as to_segment, "
                + "f.lifecycle as from_lifecycle, case when f.lifecycle in ('active', 'passive') "
                + "and f.last_order_on is not null then case when f.last_order_on > cast(:today as date) - :activeDays "
                + "then 'active' else 'passive' end else f.lifecycle end as to_lifecycle "
                + "from f left join segment_pin p on p.client_id = f.id) "
                + "select t.id, t.from_segment, t.to_segment, t.from_lifecycle, t.to_lifecycle from t "
                + "where t.from_segment is distinct from t.to_segment or t.from_lifecycle <> t.to_lifecycle";
    }

    /** The SQL condition of a segment's rule over `f`, or null for a segment set only by hand. */
    private static String condition(Segment segment) {
        String share = segment.topPercent == null ? null
                : "(f.revenue > 0 and f.before < f.total * " + segment.topPercent.toPlainString() + " / 100)";
        String recent = segment.withinDays == null ? null
                : "(f.last_order_on > cast(:today as date) - " + segment.withinDays + ")";
        return switch (segment.ruleKind) {
            case manual -> null;
            case revenueShare -> share;
            case recency -> recent;
            case combination -> share + " and " + recent;
        };
    }
}
