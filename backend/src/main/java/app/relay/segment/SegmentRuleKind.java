package app.relay.segment;

/**
 * How clients fall into a segment. `revenueShare`: the clients who, biggest first, make the first `topPercent`
 * of the company's 12-month revenue; `recency`: those who ordered within `withinDays`; `combination`: both;
 * `manual`: only by hand.
 */
public enum SegmentRuleKind {
    manual, revenueShare, recency, combination;

    boolean needsShare() {
        return this == revenueShare || this == combination;
    }

    boolean needsDays() {
        return this == recency || this == combination;
    }
}
