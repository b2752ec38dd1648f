package app.relay.admin;

import app.relay.access.AccessLevel;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.FieldCatalog;
import app.relay.access.FieldPolicyStore;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ProblemException;
import app.relay.identity.ActingParty;
import app.relay.identity.KeycloakAdmin;
import app.relay.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admins read and change the field access matrix; changes are recorded and apply at once. */
@RequestScoped
public class FieldPolicyService {
    private static final Set<String> KEYCLOAK_BUILT_IN = Set.of("offline_access", "uma_authorization");

    private final FieldPolicyStore store;
    private final KeycloakAdmin keycloak;
    private final ActingParty user;
    private final AuditLog audit;
    private final Capabilities capabilities;

    FieldPolicyService(FieldPolicyStore store, KeycloakAdmin keycloak, ActingParty user, AuditLog audit,
            Capabilities capabilities) {
        this.capabilities = capabilities;
        this.store = store;
        this.keycloak = keycloak;
        this.user = user;
        this.audit = audit;
    }

    public FieldPolicyView matrix() {
        requireAdmin();
        List<String> roles = roles();
        Map<String, Map<String, AccessLevel>> levels = new LinkedHashMap<>();
        for (String role : roles) {
            Map<String, AccessLevel> row = new LinkedHashMap<>();
            FieldCatalog.FIELDS.forEach(f -> row.put(f.key(), store.level(role, f.key())));
            levels.put(role, row);
        }
        List<FieldPolicyView.FieldInfo> fields = FieldCatalog.FIELDS.stream()
                .map(f -> new FieldPolicyView.FieldInfo(f.key(), f.description(), describe(f.guard())))
                .toList();
        return new FieldPolicyView(roles, fields, levels);
    }

    public FieldPolicyView change(String role, String key, AccessLevel level) {
        requireAdmin();
        if (!FieldCatalog.exists(key)) {
            throw ProblemException.notFound("Field key");
        }
        if (!roles().contains(role)) {
            throw ProblemException.notFound("Role");
        }
        AccessLevel old = store.set(role, key, level, user.id());
        audit.record(AuditAction.update, "field-policy", null, null, 1, role + " " + key + ": " + old + " -> " + level);
        return matrix();
    }

    /** Relay's roles first, then any other realm role added in Keycloak. */
    private List<String> roles() {
        Set<String> roles = new LinkedHashSet<>(Roles.ALL);
        keycloak.realmRoles().stream()
                .filter(r -> !KEYCLOAK_BUILT_IN.contains(r) && !r.startsWith("default-roles-"))
                .sorted()
                .forEach(roles::add);
        return List.copyOf(roles);
    }

    private void requireAdmin() {
        capabilities.require(Capability.FIELD_RULES_MANAGE, "Field rules are managed by admins");
    }

    private static String describe(FieldCatalog.Guard guard) {
        if (guard == null) {
            return null;
        }
        return (guard.topSegmentsOnly() ? "for clients in supervised segments, " : "") + "at most " + guard.cap()
                + " outside the client's owner, co-owner, their head of sales and the director";
    }
}
