package app.relay.order;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Exchange rates per currency and date, into the company's currency. An amount takes the rate of its date, or of
 * the latest day before it within a week (no rate is published on weekends and holidays); none → 422.
 */
@RequestScoped
@Transactional
public class ExchangeRates {
    /** How far back a rate still serves a date. */
    static final int DAYS_BACK = 7;

    private final EntityManager em;
    private final CompanyMoney money;
    private final Capabilities capabilities;
    private final ActingParty acting;

    ExchangeRates(EntityManager em, CompanyMoney money, Capabilities capabilities, ActingParty acting) {
        this.em = em;
        this.money = money;
        this.capabilities = capabilities;
        this.acting = acting;
    }

    /** `amount` of `currency` on `date` in the company's currency, to the cent. */
    public BigDecimal inCompanyCurrency(BigDecimal amount, String currency, LocalDate date) {
        CompanyMoney.known(currency);
        if (currency.equals(money.currency())) {
            return amount;
        }
        List<?> rates = em.createNativeQuery("select rate from exchange_rate where currency = :currency "
                        + "and on_date <= cast(:date as date) and on_date > cast(:date as date) - " + DAYS_BACK
                        + " order by on_date desc limit 1")
                .setParameter("currency", currency).setParameter("date", date).getResultList();
        if (rates.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "No exchange rate of " + currency + " into "
                    + money.currency() + " for " + date + " (nor the " + (DAYS_BACK - 1) + " days before): an admin "
                    + "or accounting puts it at /api/v1/exchange-rates/" + currency + "/" + date);
        }
        BigDecimal converted = amount.multiply((BigDecimal) rates.get(0)).setScale(2, java.math.RoundingMode.HALF_EVEN);
        if (converted.precision() - converted.scale() > 14) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The amount in " + money.currency()
                    + " would be larger than Relay keeps (14 digits before the point)");
        }
        return converted;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExchangeRateView.Page list(String currency, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select currency, on_date, rate, updated_at, updated_by from exchange_rate "
                        + "where (cast(:currency as text) is null or currency = :currency) "
                        + "and on_date between :from and :to order by on_date desc, currency limit 1000")
                .setParameter("currency", currency).setParameter("from", from).setParameter("to", to).getResultList();
        return new ExchangeRateView.Page(money.currency(), rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ExchangeRateView(((String) r[0]).strip(), (LocalDate) r[1], (BigDecimal) r[2], (Instant) r[3],
                    (String) r[4]);
        }).toList());
    }

    /** Sets one day's rate (again, if it changed); orders already converted keep their amounts. */
    public ExchangeRateView put(String currency, LocalDate date, BigDecimal rate) {
        capabilities.require(Capability.EXCHANGE_RATES_MANAGE, "Only admins, the director and accounting set "
                + "exchange rates");
        CompanyMoney.known(currency);
        if (currency.equals(money.currency())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, currency + " is the company's currency: its rate is 1");
        }
        if (rate == null || rate.signum() <= 0 || rate.scale() > 10 || rate.precision() - rate.scale() > 10) {
            throw ProblemException.invalid("rate", "must be a positive number with at most 10 digits before and "
                    + "10 after the point");
        }
        em.createNativeQuery("insert into exchange_rate (currency, on_date, rate, updated_at, updated_by) "
                        + "values (:currency, :date, :rate, now(), :by) on conflict (currency, on_date) "
                        + "do update set rate = excluded.rate, updated_at = now(), updated_by = excluded.updated_by")
                .setParameter("currency", currency).setParameter("date", date).setParameter("rate", rate)
                .setParameter("by", acting.id()).executeUpdate();
        return list(currency, date, date).items().get(0);
    }
}
