package app.relay.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where views of client data lose what the caller may not read: hidden fields are
 * removed, masked ones keep their shape, and each object lists its `redactedFields`. Every view the
 * API or an export returns is built through here.
 */
@RequestScoped
public class FieldRedactor {
    private final ObjectMapper json;
    private final FieldAccess access;

    FieldRedactor(ObjectMapper json, FieldAccess access) {
        this.json = json;
        this.access = access;
    }

    /**
     * A recorded change (`property` → `{from, to}`) read by the caller now, under the same rules as the
     * object it describes: masked fields keep both values masked, hidden ones leave. Returns what was
     * withheld or masked; `changes` is redacted in place.
     */
    public List<String> redactChanges(ObjectNode changes, String entity, ClientContext client) {
        List<String> redacted = new ArrayList<>();
        for (FieldCatalog.Field field : FieldCatalog.of(entity)) {
            JsonNode change = changes.get(field.property());
            AccessLevel level = change == null ? AccessLevel.write : access.level(field.key(), client);
            if (level.atLeast(AccessLevel.read)) {
                continue;
            }
            redacted.add(field.property());
            if (level != AccessLevel.masked || !maskBoth((ObjectNode) change, field.key())) {
                changes.remove(field.property());
            }
        }
        return redacted;
    }

    /** Masks `from` and `to`; false when one of them has no maskable shape (then the change is withheld). */
    private static boolean maskBoth(ObjectNode change, String key) {
        for (String side : new String[] {"from", "to"}) {
            JsonNode value = change.get(side);
            if (value != null && !value.isNull()) {
                JsonNode masked = masked(value, key);
                if (masked == null) {
                    return false;
                }
                change.set(side, masked);
            }
        }
        return true;
    }

    /**
     * A party's recorded change under the rule of its kind: hidden → none of its values (the entry says
     * only that something changed, as for a hidden field), masked → not who nor their duties. Answers
     * the withheld fields.
     */
    public List<String> redactPartyChanges(ObjectNode changes, PartyKind kind, ClientContext client) {
        AccessLevel level = access.level(kind.fieldKey(), client);
        if (level.atLeast(AccessLevel.read)) {
            return List.of();
        }
        List<String> withheld = new ArrayList<>();
        changes.fieldNames().forEachRemaining(name -> {
            if (level != AccessLevel.masked || name.equals("userId") || name.equals("duties")) {
                withheld.add(name);
            }
        });
        changes.remove(withheld);
        return withheld;
    }

    private static JsonNode masked(JsonNode value, String key) {
        FieldCatalog.Field field = FieldCatalog.get(key);
        if (field != null && field.shape() == FieldCatalog.Shape.CODE) {
            return null;
        }
        return field != null && field.prose() ? Masks.prose(value) : Masks.mask(value);
    }

    /**
     * A masked value the view's property can hold, or null: an enum, a date or a number has no masked
     * shape ("p***" is no lifecycle), so a masked rule withholds it.
     */
    private JsonNode fitting(JsonNode masked, Class<?> viewType, String property) {
        if (masked == null || !viewType.isRecord()) {
            return masked;
        }
        for (RecordComponent component : viewType.getRecordComponents()) {
            if (component.getName().equals(property)) {
                try {
                    json.convertValue(masked, json.getTypeFactory().constructType(component.getGenericType()));
                    return masked;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return masked;
    }

    @SuppressWarnings("unchecked")
    public <T> T redact(T view, String entity, ClientContext client) {
        List<FieldCatalog.Field> withheld = FieldCatalog.of(entity).stream()
                .filter(field -> !access.level(field.key(), client).atLeast(AccessLevel.read))
                .toList();
        if (withheld.isEmpty()) {
            return view;
        }
        ObjectNode node = json.valueToTree(view);
        List<String> redacted = new ArrayList<>();
        for (FieldCatalog.Field field : withheld) {
            AccessLevel level = access.level(field.key(), client);
            redacted.add(field.property());
            JsonNode value = node.get(field.property());
            JsonNode masked = level == AccessLevel.masked && value != null && !value.isNull()
                    ? fitting(masked(value, field.key()), view.getClass(), field.property()) : null;
            String companion = FieldCatalog.COMPANIONS.get(field.key());
            if (masked != null) {
                node.set(field.property(), masked);
                JsonNode named = companion == null ? null : node.get(companion);
                if (named != null && !named.isNull()) {
                    node.set(companion, Masks.mask(named)); // a masked owner is not named in full either
                }
            } else {
                node.remove(field.property());
                if (companion != null) {
                    node.remove(companion);
                }
            }
        }
        ArrayNode list = node.putArray("redactedFields");
        redacted.forEach(list::add);
        try {
            return (T) json.treeToValue(node, view.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not redact a " + entity + " view", e);
        }
    }
}
