package app.relay.access;

import java.util.Map;

/** A SQL condition with its named parameters, to be ANDed into a native query. */
public record SqlPredicate(String sql, Map<String, Object> params) {
    public static final SqlPredicate ALL = new SqlPredicate("true", Map.of());
    public static final SqlPredicate NONE = new SqlPredicate("false", Map.of());
}
