package app.relay.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Parses query parameters by hand: JAX-RS answers 404 when a typed query parameter does not parse,
 * and a malformed `limit=lots` deserves a 400 naming the parameter.
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static int intBetween(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(name, "must be a whole number between " + min + " and " + max);
    }

    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E oneOf(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A UUID; absent (or blank) is null. */
    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    /** A point in time with its offset, `2026-11-25T09:00:00Z` or `2026-11-25T11:00:00+02:00`; absent is null. */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date and time with an offset, e.g. 2026-11-25T09:00:00Z");
        }
        // Java reads years the database cannot store; refuse them here rather than fail in SQL.
        if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
            throw ProblemException.invalid(name, "must be between the years 1 and 9999");
        }
        return parsed.toInstant();
    }

    /** A calendar day, `2026-11-25`; absent is `absent`. */
    public static LocalDate date(String name, String raw, LocalDate absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            LocalDate parsed = LocalDate.parse(raw.trim());
            if (parsed.getYear() >= 1 && parsed.getYear() <= 9999) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        throw ProblemException.invalid(name, "must be a date between the years 1 and 9999, e.g. 2026-11-25");
    }
}
