package app.relay.client;

import app.relay.common.Cursor;
import app.relay.common.ProblemException;
import app.relay.common.QueryParams;
import java.util.Locale;

/** The parsed and checked query of a client list request. */
public record ClientFilter(
        String q,
        Lifecycle lifecycle,
        Segment segment,
        String country,
        String region,
        String team,
        String ownerId,
        String tag,
        boolean deleted,
        ClientSort sort,
        int limit,
        Cursor cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final int MAX_TEXT = 200;

    /** Builds a filter from raw query parameters; every bad value is a 400 naming its parameter. */
    public static ClientFilter parse(String q, String lifecycle, String segment, String country, String region,
            String team, String ownerId, String tag, String deleted, String sort, String limit, Cursor after) {
        int pageSize = QueryParams.intBetween("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        ClientSort order = ClientSort.parse(sort);
        if (after != null && !order.accepts(after.key())) {
            throw ProblemException.invalid("cursor", "not a cursor of this sort order");
        }
        return new ClientFilter(
                text("q", q), QueryParams.oneOf("lifecycle", lifecycle, Lifecycle.class),
                QueryParams.oneOf("segment", segment, Segment.class),
                text("country", country == null ? null : country.toUpperCase(Locale.ROOT)),
                text("region", region), text("team", team), text("ownerId", ownerId), text("tag", tag),
                QueryParams.bool("deleted", deleted), order, pageSize, after);
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ProblemException.invalid(name, "must be at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }

    /** The same query over up to `rows` clients, from the start: for exports. */
    public ClientFilter everything(int rows) {
        return new ClientFilter(q, lifecycle, segment, country, region, team, ownerId, tag, deleted, sort, rows, null);
    }

    /** What was asked for, for the audit log. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "q", q);
        append(out, "lifecycle", lifecycle);
        append(out, "segment", segment);
        append(out, "country", country);
        append(out, "region", region);
        append(out, "team", team);
        append(out, "ownerId", ownerId);
        append(out, "tag", tag);
        append(out, "deleted", deleted ? "true" : null);
        return out.toString().trim();
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(name).append('=').append(value).append(' ');
        }
    }
}
