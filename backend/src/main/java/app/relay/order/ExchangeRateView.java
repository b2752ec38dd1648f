package app.relay.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of the company's currency one unit of `currency` was worth on `date`. */
@Schema(name = "ExchangeRate")
public record ExchangeRateView(@Schema(required = true) String currency, @Schema(required = true) LocalDate date,
        @Schema(required = true) BigDecimal rate, @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy) {

    /** Input of `PUT /exchange-rates/{currency}/{date}`. */
    @Schema(name = "ExchangeRateInput")
    public record Input(@Schema(required = true, description = "units of the company's currency for one unit")
            BigDecimal rate) {
    }

    /** Rates, newest first (at most 1,000), and the company's currency they convert into. */
    @Schema(name = "ExchangeRatePage")
    public record Page(@Schema(required = true) String companyCurrency,
            @Schema(required = true) List<ExchangeRateView> items) {
    }
}
