package app.relay.common;

import java.util.UUID;

/**
 * A keyset-paging position: the sort key and id of the last row a client has seen. It travels only
 * sealed by {@link Cursors}, never in clear: the key may be a value the caller may not read.
 */
public record Cursor(String key, UUID id) {

    String payload() {
        return id + "|" + (key == null ? "" : key);
    }

    /** The inverse of {@link #payload()}; an IllegalArgumentException for anything else. */
    static Cursor fromPayload(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("no separator");
        }
        Cursor cursor = new Cursor(payload.substring(bar + 1), UUID.fromString(payload.substring(0, bar)));
        if (JsonConfig.unstorable(cursor.key()) != null) {
            throw new IllegalArgumentException("not a key this API writes");
        }
        return cursor;
    }
}
