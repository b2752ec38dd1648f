package app.relay.access;

import app.relay.identity.Roles;
import java.util.Map;
import java.util.Set;

/** The field rules Relay ships with; admins change them through the field-policy API. */
public final class DefaultFieldPolicy {
    private static final Set<String> ASSIGNMENT = Set.of("client.ownerId", "client.coOwnerId", "client.team",
            "party.partner", "party.temporaryOwner", "party.executiveSponsor", "party.successor", "party.finder",
            "party.qualifier", "party.closer");
    private static final Set<String> SUPERVISED = Set.of("client.segment");

    private DefaultFieldPolicy() {
    }

    public static AccessLevel levelFor(String role, String key) {
        // Money (revenue, receivables, what orders are worth) is never for those who only generate leads.
        if (role.equals(Roles.LEAD_GENERATOR) && (key.contains("revenue") || key.contains("receivable")
                || key.startsWith("order."))) {
            return AccessLevel.hidden;
        }
        return switch (role) {
            case Roles.DIRECTOR, Roles.HEAD_OF_SALES -> AccessLevel.write;
            case Roles.SALES_MANAGER, Roles.ACCOUNT_MANAGER, Roles.LEAD_GENERATOR ->
                    SUPERVISED.contains(key) || ASSIGNMENT.contains(key) ? AccessLevel.read : AccessLevel.write;
            // Admins run the system, integrations move data: neither needs to reach people directly.
            // Admins may run a departure, so they write its write-up.
            case Roles.ADMIN -> key.equals("contact.channels") ? AccessLevel.masked
                    : key.startsWith("handover.") ? AccessLevel.write : AccessLevel.read;
            case Roles.INTEGRATION -> key.equals("contact.channels") ? AccessLevel.masked
                    : SUPERVISED.contains(key) || ASSIGNMENT.contains(key) ? AccessLevel.read : AccessLevel.write;
            default -> AccessLevel.hidden;
        };
    }

    /** Every (role, key) → level of the shipped policy, for seeding and for resetting. */
    public static Map<String, AccessLevel> forRole(String role) {
        Map<String, AccessLevel> out = new java.util.LinkedHashMap<>();
        FieldCatalog.FIELDS.forEach(f -> out.put(f.key(), levelFor(role, f.key())));
        return out;
    }
}
