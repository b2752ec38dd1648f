package app.relay.common;

import jakarta.validation.ConstraintViolation;
import java.util.Map;

/** The stable code of a Bean Validation violation (`@Size` too long → `too-long` with its limit). */
final class ViolationCodes {
    private ViolationCodes() {
    }

    static String codeOf(ConstraintViolation<?> violation) {
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Problem.FieldError.REQUIRED;
            case "Size" -> tooLong(violation) ? Problem.FieldError.TOO_LONG : Problem.FieldError.TOO_SHORT;
            case "Pattern" -> Problem.FieldError.FORMAT;
            case "Email" -> Problem.FieldError.EMAIL;
            case "Past", "PastOrPresent" -> Problem.FieldError.PAST;
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> Problem.FieldError.OUT_OF_RANGE;
            default -> Problem.FieldError.INVALID;
        };
    }

    /** The bound crossed: a size's max or min, a number's limit; null for other constraints. */
    static Long limitOf(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String code = codeOf(violation);
        Object bound = switch (code) {
            case Problem.FieldError.TOO_LONG -> attributes.get("max");
            case Problem.FieldError.TOO_SHORT -> attributes.get("min");
            case Problem.FieldError.OUT_OF_RANGE -> attributes.get("value");
            default -> null;
        };
        if (bound instanceof Number number) {
            return number.longValue();
        }
        return bound instanceof String text && text.matches("-?\\d+") ? Long.valueOf(text) : null;
    }

    private static boolean tooLong(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        int size = value instanceof CharSequence text ? text.length()
                : value instanceof java.util.Collection<?> items ? items.size()
                : value instanceof Map<?, ?> map ? map.size() : 0;
        return max instanceof Integer limit && size > limit;
    }
}
