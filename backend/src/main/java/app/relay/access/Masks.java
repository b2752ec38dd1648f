package app.relay.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** Masked values keep a recognisable shape without the substance: `+7 *** *** 45 67`, `a***@firm.ro`. */
public final class Masks {
    private Masks() {
    }

    /** The masked form of a JSON value, or null when the value has no maskable shape (then it is withheld). */
    public static JsonNode mask(JsonNode value) {
        if (value.isTextual()) {
            return TextNode.valueOf(text(value.asText()));
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : value) {
                String said = item.isObject() ? item.has("value") ? "value" : item.has("text") ? "text" : null : null;
                if (said != null) {
                    // A channel keeps its kind, an urgent matter its due date: only what it says is masked.
                    ObjectNode copy = ((ObjectNode) item).deepCopy();
                    copy.put(said, text(item.get(said).asText()));
                    out.add(copy);
                } else if (item.isTextual()) {
                    out.add(text(item.asText()));
                }
            }
            return out;
        }
        return null;
    }

    public static String text(String value) {
        if (value.startsWith("+") && value.length() > 6) {
            return phone(value);
        }
        int at = value.indexOf('@');
        if (at > 0) {
            return value.charAt(0) + "***" + value.substring(at);
        }
        return value.isEmpty() ? value : value.charAt(0) + "***";
    }

    static String phone(String e164) {
        String last = e164.substring(e164.length() - 4);
        String prefix;
        try {
            prefix = "+" + PhoneNumberUtil.getInstance().parse(e164, null).getCountryCode();
        } catch (NumberParseException e) {
            prefix = e164.substring(0, 2);
        }
        return prefix + " *** *** " + last.substring(0, 2) + " " + last.substring(2);
    }
}
