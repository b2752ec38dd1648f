package app.relay.contract;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Bad values for a parameter or a body field, derived from its schema. Each carries whether the server
 * must refuse it (NUL, unpaired surrogate, wrong type, unknown enum, too long) or may accept it
 * (empty, null: "no value" for optional fields).
 */
final class Mutations {
    /** Placeholders replaced by raw JSON escapes after the body is written, so Jackson never sees them. */
    static final String NUL = "§NUL§";
    static final String LONE_SURROGATE = "§SURROGATE§";

    record Value(String label, Object json, boolean mustRefuse) {
    }

    private Mutations() {
    }

    /** Values for a JSON body field (JSON-ready objects; raw escapes stand in as placeholders). */
    static List<Value> forField(Schema<?> schema) {
        List<Value> values = new ArrayList<>();
        String type = typeOf(schema);
        values.add(new Value("nul", "a" + NUL + "b", true));
        values.add(new Value("surrogate", "a" + LONE_SURROGATE, true));
        values.add(new Value("empty", "", false));
        values.add(new Value("null", null, false));
        values.add(new Value("object", java.util.Map.of("nested", java.util.Map.of("deeper", 1)), true));
        switch (type) {
            case "string" -> {
                values.add(new Value("number", 1e300, true));
                values.add(new Value("boolean", true, true));
                values.add(new Value("huge", "x".repeat(schema.getMaxLength() != null ? schema.getMaxLength() + 1 : 20_000),
                        true));
                if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                    Object first = schema.getEnum().get(0);
                    values.add(new Value("enum-padded", first + " ", true));
                    values.add(new Value("enum-upper", first.toString().toUpperCase() + "Z", true));
                    values.add(new Value("enum-position", 1, true));
                }
            }
            case "integer", "number" -> {
                values.add(new Value("text", "12", true));
                values.add(new Value("huge", "9".repeat(400), true));
            }
            case "boolean" -> values.add(new Value("text", "true", true));
            case "array" -> {
                values.add(new Value("scalar", "x", true));
                values.add(new Value("many", java.util.Collections.nCopies(1000, "x"), true));
            }
            default -> values.add(new Value("array", List.of(1, 2), true));
        }
        return values;
    }

    /** Values for a query or path parameter (raw, percent-encoded strings). */
    static List<Value> forParameter(String name, Schema<?> schema) {
        List<Value> values = new ArrayList<>();
        values.add(new Value("nul", "a%00b", true));
        values.add(new Value("surrogate", "a%ED%A0%80", false)); // invalid UTF-8: must not fail, may be read as U+FFFD
        values.add(new Value("huge", "x".repeat(9_000), true));
        values.add(new Value("empty", "", false));
        values.add(new Value("quote", "%27%22%3B--", false));
        String type = typeOf(schema);
        if (type.equals("integer") || type.equals("boolean")) {
            values.add(new Value("text", "lots", true));
            values.add(new Value("overflow", "99999999999999999999", true));
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            values.add(new Value("unknown-enum", "zombie", true));
        }
        if (name.equals("cursor")) {
            String forged = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((UUID.randomUUID() + "|not-a-date").getBytes());
            values.add(new Value("forged-cursor", forged, false));
            values.add(new Value("garbage-cursor", "%21%21%21", true));
        }
        if (name.equals("from") || name.equals("to")) {
            values.add(new Value("far-year", "%2B99999-01-01T00:00:00Z", true));
        }
        return values;
    }

    static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "string";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getEnum() != null ? "string" : "object";
    }
}
