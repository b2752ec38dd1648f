package app.relay.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

/** Reads values of native query rows, whose Java types vary with the driver and Hibernate version. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A date column as read: the driver answers either kind. */
    public static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A PostgreSQL array literal of these strings, for a parameter written `cast(:p as text[])`. */
    public static String textArray(Collection<String> values) {
        return values.stream()
                .map(v -> v == null ? "NULL" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
