package app.relay.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Validation of request bodies and JSON merge patches (RFC 7386), the same way for every resource. */
@ApplicationScoped
public class Inputs {
    private final ObjectMapper mapper;
    private final Validator validator;

    Inputs(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T requireValid(T input) {
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    /** Applies a merge patch to the current input form of a record and validates the result. */
    @SuppressWarnings("unchecked")
    public <T> T patch(T current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A PATCH body must be a JSON object");
        }
        ObjectNode merged = mapper.valueToTree(current);
        merge(merged, (ObjectNode) patch);
        try {
            return requireValid((T) mapper.treeToValue(merged, current.getClass()));
        } catch (JsonProcessingException e) {
            throw new UncheckedJson(e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    /** Carries a Jackson failure to the problem mapper, which renders it like a bad request body. */
    public static final class UncheckedJson extends RuntimeException {
        UncheckedJson(JsonProcessingException cause) {
            super(cause);
        }

        @Override
        public synchronized JsonProcessingException getCause() {
            return (JsonProcessingException) super.getCause();
        }
    }
}
