package app.relay.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Strict JSON in: what is stored is exactly what was sent, or the request is refused with a problem.
 * No trailing data, no duplicate keys, no scalar coercion (`1` is not a string, `"1"` not a number),
 * enums only by their exact name, no NUL or unpaired surrogate in any string or key, bounded nesting.
 * Input strings are trimmed and a blank one means "no value", so forms can clear a field by emptying it.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {
    /** Bodies are small documents; anything nested deeper is not one of ours. */
    static final int MAX_DEPTH = 8;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(40).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Money passes through trees when the field rules redact a view: 1500.00 stays 1500.00, never 1.5E+3.
        mapper.configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("relay-strict-text")
                .addDeserializer(String.class, new CleanStrings())
                .addKeyDeserializer(String.class, new CleanKeys())
                .setDeserializerModifier(new ExactEnums()));
    }

    /** A value refused for a reason worth telling the caller as it is (no class names, no echo of the value). */
    public static final class RefusedValue extends InvalidFormatException {
        RefusedValue(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, null, type);
        }
    }

    /** Why a text cannot be stored as sent, or null when it can. */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (not valid Unicode text)";
            }
        }
        return null;
    }

    static final class CleanStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            String why = unstorable(value);
            if (why != null) {
                throw new RefusedValue(parser, why, String.class);
            }
            String trimmed = value.strip();
            return trimmed.isEmpty() ? null : trimmed;
        }
    }

    /** Calendar days PostgreSQL keeps as such (years 1 to 9999); Java reads many more, the database would fail on them. */
    static final class StorableDates extends StdDeserializer<LocalDate> {
        private final JsonDeserializer<?> standard;

        StorableDates(JsonDeserializer<?> standard) {
            super(LocalDate.class);
            this.standard = standard;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate day = (LocalDate) standard.deserialize(parser, context);
            if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
                throw new RefusedValue(parser, "must be between the years 1 and 9999", LocalDate.class);
            }
            return day;
        }
    }

    /** A moment is written as one (`2026-11-27T09:00:00Z`): `1` is not a moment in 1970. */
    static final class WrittenInstants extends StdDeserializer<Instant> {
        private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
        private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");
        private final JsonDeserializer<?> standard;

        WrittenInstants(JsonDeserializer<?> standard) {
            super(Instant.class);
            this.standard = standard;
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            boolean digits = parser.currentToken() != null && (parser.currentToken().isNumeric()
                    || parser.currentToken() == JsonToken.VALUE_STRING && parser.getText().strip().matches("-?\\d+(\\.\\d+)?"));
            if (digits) {
                throw new RefusedValue(parser, "must be a date and time such as 2026-11-27T09:00:00Z", Instant.class);
            }
            Instant moment = (Instant) standard.deserialize(parser, context);
            if (moment != null && (moment.isBefore(FIRST) || moment.isAfter(LAST))) {
                throw new RefusedValue(parser, "must be between the years 1 and 9999", Instant.class);
            }
            return moment;
        }
    }

    static final class CleanKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            String why = unstorable(key);
            if (why != null) {
                throw new RefusedValue(context.getParser(), "every key " + why, String.class);
            }
            return key;
        }
    }

    /**
     * Jackson trims enum names and accepts positions; a level of `"write "` or `1` is not `write`. And it reads dates
     * no database keeps: those are refused like any wrong value.
     */
    static final class ExactEnums extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            if (description.getBeanClass() == Instant.class) {
                return new WrittenInstants(deserializer);
            }
            return description.getBeanClass() == LocalDate.class ? new StorableDates(deserializer) : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            // The names on the wire: what a `@JsonValue` accessor gives (`co-owner`), else the constants' names.
            AnnotatedMember wire = description.findJsonValueAccessor();
            String[] names = Arrays.stream(type.getRawClass().getEnumConstants())
                    .map(constant -> wire == null ? ((Enum<?>) constant).name() : String.valueOf(wire.getValue(constant)))
                    .toArray(String[]::new);
            return new ExactEnum(type.getRawClass(), deserializer, names);
        }
    }

    static final class ExactEnum extends StdDeserializer<Object> {
        private final JsonDeserializer<?> standard;
        private final String[] names;

        ExactEnum(Class<?> type, JsonDeserializer<?> standard, String[] names) {
            super(type);
            this.standard = standard;
            this.names = names;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING || !Arrays.asList(names).contains(parser.getText())) {
                throw new RefusedValue(parser, "must be one of " + String.join(", ", names), handledType());
            }
            return standard.deserialize(parser, context);
        }
    }
}
