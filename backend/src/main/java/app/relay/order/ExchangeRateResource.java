package app.relay.order;

import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Exchange rates into the company's currency, per currency and day: kept by accounting or an admin. */
@Path("/api/v1/exchange-rates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class ExchangeRateResource {
    private final ExchangeRates rates;

    ExchangeRateResource(ExchangeRates rates) {
        this.rates = rates;
    }

    @GET
    @Operation(summary = "Rates between two days (default: the last 31), newest first")
    @APIResponse(responseCode = "200", description = "The rates",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.Page.class)))
    @APIResponse(responseCode = "422", description = "Unknown currency")
    public ExchangeRateView.Page list(@Parameter(description = "ISO 4217 code") @RestQuery String currency,
            @Parameter(description = "first day, e.g. 2026-11-01") @RestQuery String from,
            @Parameter(description = "last day (default today)") @RestQuery String to) {
        LocalDate last = QueryParams.date("to", to, LocalDate.now());
        LocalDate first = QueryParams.date("from", from, last.minusDays(30));
        return rates.list(currency == null || currency.isBlank() ? null : CompanyMoney.known(currency.strip()), first,
                last);
    }

    @PUT
    @Path("/{currency}/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the rate of a currency for a day (admins, the director, integrations)")
    @APIResponse(responseCode = "200", description = "The rate as set",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "422", description = "Unknown currency, or the company's own")
    public ExchangeRateView put(@RestPath String currency, @RestPath String date, ExchangeRateView.Input input) {
        if (input == null) {
            throw app.relay.common.ProblemException.invalid("rate", "is required");
        }
        return rates.put(currency, QueryParams.date("date", date, null), input.rate());
    }
}
