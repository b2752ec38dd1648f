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
                if (item.isObject() && item.has("value")) {
                    ObjectNode copy = ((ObjectNode) item).deepCopy();
                    copy.put("value", text(item.get("value").asText()));
                    out.add(copy);
                } else if (item.isTextual()) {
                    out.add(text(item.asText()));
                }
            }
            // Items with no maskable shape (an order's lines) would vanish: the whole list is withheld instead.
            return out.size() == value.size() ? out : null;
        }
        return null;
    }

    /**
     * Free text masked whole: only its first character stays. An e-mail address or a phone number inside prose
     * must not show, as the shapes {@link #text} keeps would.
     */
    public static JsonNode prose(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return TextNode.valueOf(text.isEmpty() ? text : text.charAt(0) + "***");
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : value) {
                if (item.isObject() && item.has("text")) {
                    ObjectNode copy = ((ObjectNode) item).deepCopy();
                    copy.set("text", prose(item.get("text")));
                    out.add(copy);
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
