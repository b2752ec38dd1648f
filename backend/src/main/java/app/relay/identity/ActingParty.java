package app.relay.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The acting party of the current unit of work. A request's comes from its verified Keycloak token
 * (the caller filter adds the connecting address); a job sets its own with {@link #actAs(Actor)}.
 */
@RequestScoped
public class ActingParty {
    private static final String TEAM_GROUP_PREFIX = "/teams/";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Actor actor;

    ActingParty(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Who is acting; a signed-in caller unless a job said otherwise. */
    public Actor actor() {
        if (actor == null) {
            if (identity.isAnonymous()) {
                throw new IllegalStateException("No acting party: neither a signed-in caller nor a job");
            }
            actor = fromToken(null);
        }
        return actor;
    }

    /** A job (or the request filter) states who acts for the rest of this unit of work. */
    public void actAs(Actor who) {
        if (actor != null && !actor.id().equals(who.id())) {
            throw new IllegalStateException("The acting party is already " + actor.id());
        }
        actor = who;
    }

    /** The signed-in caller, connecting from `address`. */
    Actor fromToken(String address) {
        String username = token.getClaim("preferred_username");
        String name = token.getClaim("name");
        Set<String> roles = identity.getRoles();
        Actor.Kind kind = roles.contains(Roles.INTEGRATION) ? Actor.Kind.INTEGRATION : Actor.Kind.PERSON;
        String shownUsername = username != null ? username : token.getSubject();
        return new Actor(kind, token.getSubject(), shownUsername, name != null ? name : shownUsername,
                token.getClaim("email"), Set.copyOf(roles), teamsOf(token.getGroups()), address, false);
    }

    /** Team names from Keycloak group paths such as `/teams/north`. */
    static List<String> teamsOf(Set<String> groups) {
        if (groups == null) {
            return List.of();
        }
        return groups.stream()
                .filter(g -> g.startsWith(TEAM_GROUP_PREFIX))
                .map(g -> g.substring(TEAM_GROUP_PREFIX.length()))
                .sorted()
                .toList();
    }

    public String id() {
        return actor().id();
    }

    public Set<String> roles() {
        return actor().roles();
    }

    public boolean hasRole(String role) {
        return actor().hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return actor().hasAnyRole(roles);
    }

    public List<String> teams() {
        return actor().teams();
    }
}
