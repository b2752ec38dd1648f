package app.relay.access;

import app.relay.identity.Roles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Writes the field rules into the contract: each governed property gets its `x-field-key` and shipped defaults. */
public final class FieldRulesDocs {
    private static final Map<String, List<String>> SCHEMAS_OF_ENTITY = Map.of("client", List.of("Client"),
            "contact", List.of("Contact"), "handover", List.of("HandoverItem", "ClientHandover"));

    private FieldRulesDocs() {
    }

    public static void document(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (FieldCatalog.Field field : FieldCatalog.FIELDS) {
            for (String name : SCHEMAS_OF_ENTITY.getOrDefault(field.entity(), List.of())) {
                Schema schema = openAPI.getComponents().getSchemas().get(name);
                Schema property = schema == null || schema.getProperties() == null ? null
                        : schema.getProperties().get(field.property());
                if (property != null) {
                    describe(property, field);
                }
            }
        }
    }

    private static void describe(Schema property, FieldCatalog.Field field) {
        property.addExtension("x-field-key", field.key());
        property.setDescription(field.description() + ". Field rule `" + field.key() + "`, shipped defaults: "
                + defaults(field.key()) + guardText(field.guard())
                + ". Admins may change them; a withheld value is absent or masked and listed in redactedFields.");
    }

    private static String defaults(String key) {
        return Roles.ALL.stream().map(role -> role + " " + DefaultFieldPolicy.levelFor(role, key))
                .collect(Collectors.joining(", "));
    }

    private static String guardText(FieldCatalog.Guard guard) {
        if (guard == null) {
            return "";
        }
        return "; " + (guard.topSegmentsOnly() ? "for clients in supervised segments " : "") + "at most " + guard.cap()
                + " for anyone but the owner, co-owner, their head of sales and the director";
    }
}
