package app.relay.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** An opaque keyset-paging position: the sort key and id of the last row a client has seen. */
public record Cursor(String key, UUID id) {

    public String encode() {
        String raw = id + "|" + (key == null ? "" : key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a query parameter; anything not made by {@link #encode()} is a 400. */
    public static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            Cursor cursor = new Cursor(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
            if (JsonConfig.unstorable(cursor.key()) != null) {
                throw new IllegalArgumentException("not a key this API writes");
            }
            return cursor;
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }
}
