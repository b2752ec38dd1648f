package app.relay.access;

import app.relay.identity.CurrentUser;
import app.relay.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may see and change which clients: the one place where row access is decided.
 * Every client query ANDs {@link #visibleClients(String)} in; a client outside it answers 404.
 */
@RequestScoped
public class ClientAccess {
    private final CurrentUser user;
    private final Capabilities capabilities;

    ClientAccess(CurrentUser user, Capabilities capabilities) {
        this.user = user;
        this.capabilities = capabilities;
    }

    /** The visibility rule as SQL over a `client` row aliased {@code alias}. */
    public SqlPredicate visibleClients(String alias) {
        List<String> teams = user.teams();
        // An integration's scope is the teams its service account belongs to in Keycloak; none means all.
        boolean unscopedIntegration = user.hasRole(Roles.INTEGRATION) && teams.isEmpty();
        if (user.hasAnyRole(Roles.DIRECTOR, Roles.ADMIN) || unscopedIntegration) {
            return SqlPredicate.ALL;
        }
        List<String> rules = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (user.hasRole(Roles.INTEGRATION)) {
            rules.add(alias + ".team in (:acc_teams)");
            params.put("acc_teams", teams);
        }
        if (user.hasRole(Roles.HEAD_OF_SALES) && !teams.isEmpty()) {
            rules.add(alias + ".team in (:acc_teams)");
            params.put("acc_teams", teams);
        }
        if (user.hasAnyRole(Roles.HEAD_OF_SALES, Roles.SALES_MANAGER, Roles.ACCOUNT_MANAGER)) {
            rules.add(alias + ".owner_id = :acc_me or " + alias + ".co_owner_id = :acc_me");
            params.put("acc_me", user.id());
        }
        if (user.hasRole(Roles.LEAD_GENERATOR) && !teams.isEmpty()) {
            rules.add("(" + alias + ".lifecycle = 'prospect' and " + alias + ".team in (:acc_teams))");
            params.put("acc_teams", teams);
        }
        if (rules.isEmpty()) {
            return SqlPredicate.NONE;
        }
        return new SqlPredicate("(" + String.join(" or ", rules) + ")", params);
    }

    /** Supervisors bring deleted clients back and see the deleted ones. */
    public boolean canRestore() {
        return capabilities.has(Capability.CLIENTS_RESTORE);
    }

    public boolean canDelete() {
        return capabilities.has(Capability.CLIENTS_DELETE);
    }

    public String callerId() {
        return user.id();
    }

    /** The team a new client joins by default: the creator's first team. */
    public String defaultTeam() {
        return user.teams().isEmpty() ? null : user.teams().get(0);
    }
}
