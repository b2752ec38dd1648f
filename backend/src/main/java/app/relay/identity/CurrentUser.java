package app.relay.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read from the verified Keycloak access token. */
@RequestScoped
public class CurrentUser {
    private static final String TEAM_GROUP_PREFIX = "/teams/";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String id() {
        return token.getSubject();
    }

    /** The client the token was issued to (`azp`). */
    public String authorizedParty() {
        return token.getClaim("azp");
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : id();
    }

    public String fullName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    public String email() {
        return token.getClaim("email");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Team names from Keycloak group paths such as `/teams/north`. */
    public List<String> teams() {
        Set<String> groups = token.getGroups();
        if (groups == null) {
            return List.of();
        }
        return groups.stream()
                .filter(g -> g.startsWith(TEAM_GROUP_PREFIX))
                .map(g -> g.substring(TEAM_GROUP_PREFIX.length()))
                .sorted()
                .toList();
    }
}
