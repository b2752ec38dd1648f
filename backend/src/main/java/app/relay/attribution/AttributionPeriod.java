package app.relay.attribution;

import app.relay.common.QueryParams;
import java.time.LocalDate;

/** The report's period from its query parameters: by default, the year so far. */
public record AttributionPeriod(LocalDate from, LocalDate to) {
    public static final String FROM = "First day, e.g. 2026-01-01 (default: the first of January of `to`'s year)";
    public static final String TO = "Last day, e.g. 2026-12-31 (default: today in the company's time zone)";

    public static AttributionPeriod parse(String from, String to, LocalDate today) {
        LocalDate last = QueryParams.date("to", to, today);
        return new AttributionPeriod(QueryParams.date("from", from, last.withDayOfYear(1)), last);
    }
}
