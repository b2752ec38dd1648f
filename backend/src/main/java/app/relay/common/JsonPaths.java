package app.relay.common;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/** Renders the location of a bad input as the JSON path a client sent, e.g. `channels[0].value`. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** Bean Validation paths on resource parameters start with method and parameter names: drop those. */
    static String ofViolation(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getName() != null && !node.getName().isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }
}
