package app.relay.client;

import app.relay.common.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/** The order of a client list: a field, ascending or descending (`-updatedAt`). Ties break on id. */
public record ClientSort(Field field, boolean descending) {

    /** Sortable fields, with their SQL expression and how a cursor's key is read back in. */
    public enum Field {
        name("relay_fold(c.name)", "relay_fold(:ck)", c -> c.name),
        updatedAt("c.updated_at", "cast(:ck as timestamptz)", c -> c.updatedAt.toString()),
        createdAt("c.created_at", "cast(:ck as timestamptz)", c -> c.createdAt.toString());

        final String column;
        final String cursorValue;
        final Function<Client, String> key;

        Field(String column, String cursorValue, Function<Client, String> key) {
            this.column = column;
            this.cursorValue = cursorValue;
            this.key = key;
        }
    }

    public static final ClientSort DEFAULT = new ClientSort(Field.name, false);
    public static final ClientSort NEWEST_FIRST = new ClientSort(Field.createdAt, true);

    static ClientSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        for (Field field : Field.values()) {
            if (field.name().equals(name)) {
                return new ClientSort(field, descending);
            }
        }
        throw ProblemException.invalid("sort", "must be one of " + Arrays.toString(Field.values())
                + ", optionally prefixed with - for descending order");
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return field.column + direction + ", c.id" + direction;
    }

    /** The keyset condition: rows strictly after the cursor in this order. */
    String after() {
        return "(" + field.column + ", c.id) " + (descending ? "<" : ">") + " (" + field.cursorValue + ", :cid)";
    }

    /** Whether a cursor's key can be a key of this order (a forged timestamp would fail in SQL instead). */
    boolean accepts(String key) {
        if (field == Field.name) {
            return true;
        }
        try {
            Instant.parse(key);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    String keyOf(Client client) {
        return field.key.apply(client);
    }
}
