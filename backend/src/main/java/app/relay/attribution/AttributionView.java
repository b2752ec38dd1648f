package app.relay.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Revenue of a period per person and role, counting only orders of clients registered in Relay before the order. */
@Schema(name = "AttributionReport")
public record AttributionView(
        @Schema(required = true, description = "First day of the period") LocalDate from,
        @Schema(required = true, description = "Last day of the period") LocalDate to,
        @Schema(required = true, description = "The company's currency, the amounts' currency") String currency,
        @Schema(required = true, description = "The company's split of each order between the roles, in percent "
                + "(the setting relay.attribution.split)") Amounts split,
        @Schema(required = true, description = "Who was credited with revenue in the period, most first: for the "
                + "director everyone, for a head of sales everyone credited on their teams' clients (with what they "
                + "earned there), for anyone else their own line") List<Person> people,
        @Schema(description = "What the orders came to, for the director all clients', for a head of sales their "
                + "teams'; the people's amounts and no one's add up to `counted`, to the cent. Absent for anyone "
                + "else") Supervised supervised) {

    /** An amount per role, and their total. */
    @Schema(name = "AttributionAmounts")
    public record Amounts(@Schema(required = true) BigDecimal found, @Schema(required = true) BigDecimal qualified,
            @Schema(required = true) BigDecimal closed, @Schema(required = true) BigDecimal manages,
            @Schema(required = true) BigDecimal total) {
    }

    /** One person's credit: their share of each order they found, qualified, closed or managed. */
    @Schema(name = "AttributionPerson")
    public record Person(@Schema(required = true) String userId, @Schema(required = true) String name,
            @Schema(required = true) Amounts amounts,
            @Schema(required = true, description = "Orders that credit them in at least one role") long orders) {
    }

    /** What the orders of supervised clients came to, what was left out and what no one was credited with. */
    @Schema(name = "AttributionSupervised")
    public record Supervised(
            @Schema(required = true, description = "Orders counted: not cancelled, of clients registered before "
                    + "the order's day") long countedOrders,
            @Schema(required = true) BigDecimal counted,
            @Schema(required = true, description = "Orders left out: their client was registered in Relay on the "
                    + "order's day or later, so no one is paid for them") long notRegisteredOrders,
            @Schema(required = true) BigDecimal notRegistered,
            @Schema(required = true, description = "Each role's share of the counted orders no one held the role "
                    + "for (no finder, qualifier or closer recorded, no owner at the end of the order's day)") Amounts unattributed) {
    }
}
