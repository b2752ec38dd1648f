package app.relay.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as the API shows it; the amounts and lines go as the field rules say. */
@Schema(name = "Order")
public record OrderView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        String externalId,
        String number,
        @Schema(required = true) LocalDate date,
        BigDecimal amount,
        @Schema(required = true) String currency,
        @Schema(description = "the amount in the company's currency, at the rate of the order's date")
        BigDecimal companyAmount,
        @Schema(required = true) String companyCurrency,
        @Schema(required = true) OrderStatus status,
        LocalDate dueDate,
        LocalDate paidDate,
        List<OrderLine> lines,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy,
        @Schema(required = true) long version,
        @Schema(required = true, description = "Fields withheld for the caller by the field rules")
        List<String> redactedFields) {

    /** A client's orders, newest first; pass `nextCursor` back as `cursor` for the next page. */
    @Schema(name = "OrderPage")
    public record Page(@Schema(required = true) List<OrderView> items, String nextCursor,
            @Schema(required = true, description = "the currency the figures are in; new orders default to it")
            String companyCurrency) {
    }
}
