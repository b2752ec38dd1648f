package app.relay.order;

import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The company's currency (a setting) and which currency codes Relay knows (ISO 4217). */
@ApplicationScoped
public class CompanyMoney {
    private final String currency;

    CompanyMoney(@ConfigProperty(name = "relay.company.currency", defaultValue = "EUR") String currency) {
        this.currency = known(currency);
    }

    public String currency() {
        return currency;
    }

    /** The code itself when ISO 4217 has it; a 422 problem otherwise. */
    static String known(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Unknown currency " + code + " (ISO 4217 codes only)");
        }
    }
}
