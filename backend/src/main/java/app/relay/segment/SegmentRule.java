package app.relay.segment;

import app.relay.common.ProblemException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A segment's rule: its kind and what that kind needs (a revenue share, a number of days, or both). */
@Schema(name = "SegmentRule")
public record SegmentRule(
        @Schema(required = true) @NotNull SegmentRuleKind kind,
        @Schema(description = "revenueShare and combination: the top share of 12-month revenue, in percent")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal topPercent,
        @Schema(description = "recency and combination: ordered within this many days")
        @Min(1) @Max(3650) Integer withinDays) {

    /** Refuses, naming the field, what the kind needs and lacks or does not take. */
    void requireComplete() {
        if (kind.needsShare() != (topPercent != null)) {
            throw ProblemException.invalid("rule.topPercent", kind.needsShare() ? "is required for a " + kind + " rule"
                    : "is only for revenueShare and combination rules");
        }
        if (kind.needsDays() != (withinDays != null)) {
            throw ProblemException.invalid("rule.withinDays", kind.needsDays() ? "is required for a " + kind + " rule"
                    : "is only for recency and combination rules");
        }
    }
}
