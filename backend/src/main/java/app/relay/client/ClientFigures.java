package app.relay.client;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a client's orders say of it, in the company's currency: kept by the order feature in `client_figures`,
 * read here beside the client. Absent (all null) for a client without orders.
 */
public record ClientFigures(BigDecimal revenue12m, BigDecimal overdueReceivables, LocalDate firstOrderOn,
        LocalDate lastOrderOn, Integer orderIntervalDays) {
    static final ClientFigures NONE = new ClientFigures(null, null, null, null, null);

    /** Joins a page of clients `c` to their figures `f` (by the table's key: one lookup per row). */
    static final String JOIN = " left join client_figures f on f.client_id = c.id";

    /** The five figures from `row`, starting at `from`, as {@link ListedClient} selects them. */
    static ClientFigures of(Object[] row, int from) {
        return new ClientFigures((BigDecimal) row[from], (BigDecimal) row[from + 1], (LocalDate) row[from + 2],
                (LocalDate) row[from + 3], row[from + 4] == null ? null : ((Number) row[from + 4]).intValue());
    }
}
