package app.relay.identity;

import java.util.List;
import java.util.Set;

/**
 * Who is acting: a person, an integration, or Relay itself running a named job. Requests take it from
 * the verified token, jobs name themselves; access, history and audit read it, never the HTTP request.
 * A person serving their notice ({@code onNotice}) keeps their roles but works on their handover only:
 * the row scope narrows to the clients they stand in front of, and they have no capabilities.
 */
public record Actor(Kind kind, String id, String username, String fullName, String email, Set<String> roles,
        List<String> teams, String address, boolean onNotice) {

    public enum Kind { PERSON, INTEGRATION, SYSTEM }

    /** The id that history and audit record for a job, e.g. `system:party-expiry`. */
    public static final String SYSTEM_PREFIX = "system:";

    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, SYSTEM_PREFIX + job, job, "Relay (" + job + ")", null, Set.of(), List.of(), null,
                false);
    }

    /** The same person, serving the notice of a resignation. */
    public Actor servingNotice() {
        return new Actor(kind, id, username, fullName, email, roles, teams, address, true);
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
