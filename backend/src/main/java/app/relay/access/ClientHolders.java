package app.relay.access;

import app.relay.common.ProblemException;
import app.relay.identity.AppUser;
import app.relay.identity.Roles;
import app.relay.identity.Teams;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;

/**
 * Who may stand in front of a client, and which team the client then belongs to. Heads of sales, sales
 * and account managers hold clients; lead generators only prospects (their pool); never the director
 * (an executive sponsor at most), admins, integrations or people who left. A client always has a real
 * team, so that it never drops out of every supervisor's sight.
 */
@ApplicationScoped
public class ClientHolders {
    private static final List<String> HOLDERS = List.of(Roles.HEAD_OF_SALES, Roles.SALES_MANAGER, Roles.ACCOUNT_MANAGER);
    private static final List<String> SPONSORS = List.of(Roles.DIRECTOR, Roles.HEAD_OF_SALES);

    private final UserDirectory directory;
    private final Teams teams;

    ClientHolders(UserDirectory directory, Teams teams) {
        this.directory = directory;
        this.teams = teams;
    }

    /** Whether this person may hold a client in this phase (owner or co-owner). */
    public boolean mayHold(String userId, boolean prospect) {
        return mayHold(directory.find(userId), prospect);
    }

    private static boolean mayHold(AppUser person, boolean prospect) {
        if (!isActive(person)) {
            return false;
        }
        return !Collections.disjoint(person.roles, HOLDERS) || prospect && person.roles.contains(Roles.LEAD_GENERATOR);
    }

    /** Refuses, naming the field, a person who may not hold the client. */
    public void requireHolder(String field, String userId, boolean prospect) {
        if (userId != null && !mayHold(userId, prospect)) {
            throw ProblemException.invalid(field, prospect
                    ? "must be an active head of sales, sales manager, account manager or lead generator"
                    : "must be an active head of sales, sales manager or account manager (lead generators hold "
                            + "prospects only)");
        }
    }

    /**
     * Refuses, on `userId`, a person who may not stand in front of the client in this kind: executive
     * sponsors are the director or a head of sales; every other kind is held like a client.
     */
    public void requireParty(PartyKind kind, String userId, boolean prospect) {
        if (kind != PartyKind.EXECUTIVE_SPONSOR) {
            requireHolder("userId", userId, prospect);
            return;
        }
        AppUser person = directory.find(userId);
        if (!isActive(person) || Collections.disjoint(person.roles, SPONSORS)) {
            throw ProblemException.invalid("userId", "an executive sponsor must be the director or an active head of sales");
        }
    }

    /** Known, enabled, not gone and not leaving: someone serving notice takes no clients over. */
    private static boolean isActive(AppUser person) {
        return person != null && !person.hasDeparted() && person.noticeUntil == null && person.enabled
                && person.roles != null;
    }

    /** Everyone who may stand in front of a client in this kind and phase, by name: what assignment pickers offer. */
    public List<AppUser> candidates(PartyKind kind, boolean prospect) {
        return directory.all().stream()
                .filter(person -> kind == PartyKind.EXECUTIVE_SPONSOR
                        ? isActive(person) && !Collections.disjoint(person.roles, SPONSORS)
                        : mayHold(person, prospect))
                .toList();
    }

    /** The active people of this role in this team, by id: whom a phase's clients are handed to in turn. */
    public List<String> inTurn(String role, String team) {
        return directory.all().stream()
                .filter(person -> isActive(person) && person.roles.contains(role) && person.teams != null
                        && person.teams.contains(team))
                .map(person -> person.id).sorted().toList();
    }

    /** Refuses a team that is not one of the company's (Keycloak groups under /teams), or none at all. */
    public void requireTeam(String team) {
        if (team == null) {
            throw ProblemException.invalid("team", "a client always belongs to a team");
        }
        if (!teams.exists(team)) {
            throw ProblemException.invalid("team", "must be one of the teams " + teams.current());
        }
    }

    /**
     * The team a client follows its owner into: the current one if the owner is in it, else the owner's only
     * team; an owner in several teams needs the supervisor to choose.
     */
    public String teamFollowing(String ownerId, String currentTeam) {
        AppUser owner = directory.find(ownerId);
        List<String> ownTeams = owner == null || owner.teams == null ? List.of() : owner.teams;
        if (currentTeam != null && ownTeams.contains(currentTeam)) {
            return currentTeam;
        }
        if (ownTeams.size() == 1) {
            return ownTeams.get(0);
        }
        if (ownTeams.isEmpty()) {
            return currentTeam;
        }
        throw ProblemException.invalid("team", "the new owner works in several teams " + ownTeams
                + ": say which one the client joins");
    }
}
