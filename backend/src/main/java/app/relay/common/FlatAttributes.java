package app.relay.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Custom attributes are a flat object: at most {@link #MAX_KEYS} keys of at most {@link #MAX_KEY_LENGTH}
 * characters, each holding a text of at most {@link #MAX_TEXT_LENGTH} characters, a number or true/false.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FlatAttributes.Validator.class)
public @interface FlatAttributes {
    int MAX_KEYS = 50;
    int MAX_KEY_LENGTH = 64;
    int MAX_TEXT_LENGTH = 500;

    String message() default "must be a flat object of texts, numbers and true/false";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FlatAttributes, Map<String, Object>> {
        @Override
        public boolean isValid(Map<String, Object> attributes, ConstraintValidatorContext context) {
            if (attributes == null) {
                return true;
            }
            if (attributes.size() > MAX_KEYS) {
                return refuse(context, null, "at most " + MAX_KEYS + " attributes");
            }
            for (Map.Entry<String, Object> entry : attributes.entrySet()) {
                String key = entry.getKey();
                if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
                    return refuse(context, null, "every name must have 1 to " + MAX_KEY_LENGTH + " characters");
                }
                Object value = entry.getValue();
                boolean scalar = value == null || value instanceof Number || value instanceof Boolean
                        || value instanceof String text && text.length() <= MAX_TEXT_LENGTH;
                if (!scalar) {
                    return refuse(context, key, value instanceof String
                            ? "must have at most " + MAX_TEXT_LENGTH + " characters"
                            : "must be a text, a number or true/false (attributes are flat)");
                }
            }
            return true;
        }

        private static boolean refuse(ConstraintValidatorContext context, String key, String message) {
            context.disableDefaultConstraintViolation();
            var violation = context.buildConstraintViolationWithTemplate(message.replace("{", "\\{"));
            if (key != null) {
                violation.addPropertyNode(key).addConstraintViolation();
            } else {
                violation.addConstraintViolation();
            }
            return false;
        }
    }
}
