package app.relay.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller writes on an order. `clientId` is for `POST /orders` (under a client, the path names it);
 * `externalId` makes a post idempotent. PATCH takes a JSON merge patch of the other fields.
 */
@Schema(name = "OrderInput")
public record OrderInput(
        @Schema(description = "the client; required on POST /orders, ignored under /clients/{id}/orders") UUID clientId,
        @Schema(description = "the order's id in accounting: posting it again answers the order it made",
                maxLength = 100) @Size(max = 100) String externalId,
        @Size(max = 100) String number,
        @Schema(required = true, description = "the order's date") @NotNull LocalDate date,
        @Schema(required = true, description = "the order's total in its currency: at most 13 digits and 2 decimals")
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Schema(required = true, description = "ISO 4217 code, e.g. EUR", pattern = "^[A-Z]{3}$")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @Schema(description = "default open") OrderStatus status,
        LocalDate dueDate,
        @Schema(description = "required when paid, only then") LocalDate paidDate,
        @Size(max = 500) List<@NotNull @Valid OrderLine> lines) {

    /** Of this client, with the defaults filled in: what is stored. */
    OrderInput withDefaults(UUID client) {
        return new OrderInput(client, externalId, number == null || number.isBlank() ? null : number.strip(), date,
                amount, currency, status == null ? OrderStatus.open : status, dueDate, paidDate,
                lines == null ? List.of() : lines);
    }

    /** With numbers written one way too (10, 10.0 and 10.00 are one amount), for comparing a repeated post. */
    OrderInput normalised(UUID client) {
        OrderInput stored = withDefaults(client);
        return new OrderInput(client, externalId, stored.number(), date, amount.setScale(2, RoundingMode.UNNECESSARY),
                currency, stored.status(), dueDate, paidDate, stored.lines().stream().map(OrderLine::normalised).toList());
    }
}
