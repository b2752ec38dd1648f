package app.relay.client;

import app.relay.common.Cursor;
import app.relay.common.ProblemException;
import app.relay.common.QueryParams;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The parsed and checked query of a client list request. */
public record ClientFilter(
        String q,
        Lifecycle lifecycle,
        String segment,
        String country,
        String region,
        String team,
        String ownerId,
        String tag,
        UUID stageId,
        boolean deleted,
        ClientSort sort,
        int limit,
        Cursor cursor) {

    /** The owner filter's value for the clients nobody holds (waiting in their team's pool). */
    public static final String NOBODY = "none";
    public static final String OWNER_DOC = "a person's id: the clients they own; none: the clients nobody holds";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final int MAX_TEXT = 200;

    /** Builds a filter from raw query parameters; every bad value is a 400 naming its parameter. */
    public static ClientFilter parse(String q, String lifecycle, String segment, String country, String region,
            String team, String ownerId, String tag, String stageId, String deleted, String sort, String limit,
            Cursor after) {
        int pageSize = QueryParams.intBetween("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        ClientSort order = ClientSort.parse(sort);
        return new ClientFilter(
                text("q", q), QueryParams.oneOf("lifecycle", lifecycle, Lifecycle.class),
                text("segment", segment),
                text("country", country == null ? null : country.toUpperCase(Locale.ROOT)),
                text("region", region), text("team", team), text("ownerId", ownerId), text("tag", tag),
                QueryParams.uuid("stageId", stageId), QueryParams.bool("deleted", deleted), order, pageSize, after);
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

    /**
     * The governed field each given parameter matches on (parameter → field key): a caller who may not read
     * a field may not filter or sort by it either, or the answer would tell its value.
     */
    public Map<String, String> governedParameters() {
        Map<String, String> used = new LinkedHashMap<>();
        put(used, "lifecycle", lifecycle, "client.lifecycle");
        put(used, "segment", segment, "client.segment");
        put(used, "country", country, "client.country");
        put(used, "region", region, "client.region");
        put(used, "team", team, "client.team");
        put(used, "ownerId", ownerId, "client.ownerId");
        put(used, "tag", tag, "client.tags");
        put(used, "stageId", stageId, "client.stageId");
        if (sort.field() == ClientSort.Field.name && sort != ClientSort.DEFAULT) {
            used.put("sort", "client.name");
        }
        return used;
    }

    private static void put(Map<String, String> used, String parameter, Object value, String key) {
        if (value != null) {
            used.put(parameter, key);
        }
    }

    /** The same query in another order (when the caller may not read the default order's field). */
    public ClientFilter sortedBy(ClientSort order) {
        return new ClientFilter(q, lifecycle, segment, country, region, team, ownerId, tag, stageId, deleted, order, limit, cursor);
    }

    /** The same query narrowed to one stage's clients, `rows` a page from `after`: a column of the board. */
    public ClientFilter atStage(UUID stage, int rows, Cursor after) {
        return new ClientFilter(q, lifecycle, segment, country, region, team, ownerId, tag, stage, deleted, sort, rows,
                after);
    }

    /** The same query over up to `rows` clients, from the start: for exports. */
    public ClientFilter everything(int rows) {
        return new ClientFilter(q, lifecycle, segment, country, region, team, ownerId, tag, stageId, deleted, sort, rows, null);
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
        append(out, "stageId", stageId);
        append(out, "deleted", deleted ? "true" : null);
        return out.toString().trim();
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(name).append('=').append(value).append(' ');
        }
    }
}
