package app.relay.order;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an order, in the order's currency. */
@Schema(name = "OrderLine")
public record OrderLine(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String product,
        @Schema(required = true) @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @Schema(required = true) @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4) BigDecimal price) {

    /** The same line with its numbers written one way (1.50 and 1.5 are one price). */
    OrderLine normalised() {
        return new OrderLine(product.strip(), quantity.stripTrailingZeros(), price.stripTrailingZeros());
    }
}
