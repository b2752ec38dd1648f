package app.relay.access;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may see which clients, and who supervises whom: the one place where row access is decided, from
 * the acting party's roles and teams, the parties standing now and the client's phase. It yields the
 * SQL condition every client query ANDs in ({@link #visibleClients}) and its in-memory twin
 * ({@link #sees}); a client outside it answers 404. `RowScopeTest` holds the two to the same answers.
 */
@RequestScoped
public class RowScope {
    /** The conveyor's first phase: a lead generator's part of the base is its team's clients in it. */
    public static final String LEAD_PHASE = "lead";

    private final ActingParty acting;
    private final Capabilities capabilities;

    RowScope(ActingParty acting, Capabilities capabilities) {
        this.acting = acting;
        this.capabilities = capabilities;
    }

    /** The rule as SQL over a `client` row aliased {@code alias}. */
    public SqlPredicate visibleClients(String alias) {
        Actor me = acting.actor();
        if (seesEverything(me)) {
            return SqlPredicate.ALL;
        }
        List<String> rules = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (me.onNotice()) {
            // Serving notice: only the clients the person stands in front of, whatever their role.
        } else if (!me.teams().isEmpty() && me.hasAnyRole(Roles.INTEGRATION, Roles.HEAD_OF_SALES)) {
            rules.add(alias + ".team in (:acc_teams)");
            params.put("acc_teams", me.teams());
        } else if (!me.teams().isEmpty() && me.hasRole(Roles.LEAD_GENERATOR)) {
            rules.add("(" + alias + ".phase = '" + LEAD_PHASE + "' and " + alias + ".team in (:acc_teams))");
            params.put("acc_teams", me.teams());
        }
        if (me.kind() == Actor.Kind.PERSON) {
            // One branch per way of standing in front of a client: each can use its own index.
            rules.add(alias + ".owner_id = :acc_me");
            rules.add(alias + ".co_owner_id = :acc_me");
            rules.add("exists (select 1 from party p where p.client_id = " + alias + ".id and p.user_id = :acc_me and "
                    + StandingParties.STANDS_NOW + ")");
            params.put("acc_me", me.id());
        }
        if (rules.isEmpty()) {
            return SqlPredicate.NONE;
        }
        return new SqlPredicate("(" + String.join(" or ", rules) + ")", params);
    }

    /**
     * The rule as whole teams plus the clients one stands at, where it has that shape (every rule but a lead
     * generator's, which sees a phase of its team); {@code RowScopeTest} holds it to {@link #visibleClients}.
     */
    public Optional<TeamSight> teamSight() {
        Actor me = acting.actor();
        if (seesEverything(me)) {
            return Optional.of(TeamSight.EVERYTHING);
        }
        boolean standing = me.kind() == Actor.Kind.PERSON;
        if (!me.onNotice() && !me.teams().isEmpty() && me.hasAnyRole(Roles.INTEGRATION, Roles.HEAD_OF_SALES)) {
            return Optional.of(new TeamSight(false, me.teams(), standing));
        }
        if (!me.onNotice() && !me.teams().isEmpty() && me.hasRole(Roles.LEAD_GENERATOR)) {
            return Optional.empty();
        }
        return Optional.of(new TeamSight(false, List.of(), standing));
    }

    /** The same rule in memory, for one client already loaded. */
    public boolean sees(ClientContext client) {
        Actor me = acting.actor();
        if (seesEverything(me)) {
            return true;
        }
        boolean inTeam = !me.onNotice() && client.team() != null && me.teams().contains(client.team());
        return inTeam && me.hasAnyRole(Roles.INTEGRATION, Roles.HEAD_OF_SALES)
                || inTeam && me.hasRole(Roles.LEAD_GENERATOR) && LEAD_PHASE.equals(client.phase())
                || me.kind() == Actor.Kind.PERSON && client.hasParty(me.id());
    }

    /**
     * The inner circle: parties standing now, the head of sales of the client's team, the director (and
     * Relay's jobs). The field rules ask it per field, for the actor they already hold.
     */
    static boolean isInnerCircle(Actor me, ClientContext client) {
        if (me.onNotice()) {
            return client.hasParty(me.id());
        }
        return client.hasParty(me.id()) || supervisesTeam(me, client.team());
    }

    /** Relay's jobs, the director, and a head of sales of this team (none serving notice): a client's supervisors. */
    private static boolean supervisesTeam(Actor me, String team) {
        return !me.onNotice() && (me.isSystem() || me.hasRole(Roles.DIRECTOR)
                || me.hasRole(Roles.HEAD_OF_SALES) && team != null && me.teams().contains(team));
    }

    /**
     * The teams whose people and clients the acting party supervises: empty when everything (the director,
     * admins, jobs), else the head of sales' own teams (none for everyone else).
     */
    public Optional<List<String>> supervisedTeams() {
        Actor me = acting.actor();
        if (me.onNotice()) {
            return Optional.of(List.of()); // a supervisor serving notice supervises no one any more
        }
        if (me.isSystem() || me.hasAnyRole(Roles.DIRECTOR, Roles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(me.hasRole(Roles.HEAD_OF_SALES) ? me.teams() : List.of());
    }

    /** The clients the acting party supervises (a head of sales: their teams'), as SQL over `client` aliased {@code alias}. */
    public SqlPredicate supervisedClients(String alias) {
        return supervisedTeams()
                .map(teams -> teams.isEmpty() ? SqlPredicate.NONE
                        : new SqlPredicate(alias + ".team in (:sup_teams)", Map.<String, Object>of("sup_teams", teams)))
                .orElse(SqlPredicate.ALL);
    }

    /** Whether the acting party supervises a person working in these teams. */
    public boolean supervises(Collection<String> personTeams) {
        return supervisedTeams().map(teams -> !Collections.disjoint(teams, personTeams)).orElse(true);
    }

    /**
     * Whether the acting party may move a client of this team into or out of a supervised segment by hand: the
     * director, a head of sales of the team, or Relay's own recalculation.
     */
    public boolean movesSupervisedSegments(String clientTeam) {
        return supervisesTeam(acting.actor(), clientTeam);
    }

    private static boolean seesEverything(Actor me) {
        // An integration's scope is the teams its service account belongs to in Keycloak; none means all.
        return !me.onNotice() && (me.isSystem() || me.hasAnyRole(Roles.DIRECTOR, Roles.ADMIN)
                || me.hasRole(Roles.INTEGRATION) && me.teams().isEmpty());
    }

    /** Supervisors bring deleted clients back and see the deleted ones. */
    public boolean canRestore() {
        return capabilities.has(Capability.CLIENTS_RESTORE);
    }

    public boolean canDelete() {
        return capabilities.has(Capability.CLIENTS_DELETE);
    }

    public String callerId() {
        return acting.id();
    }

    /** The team a new client joins by default: the creator's first team. */
    public String defaultTeam() {
        return acting.teams().isEmpty() ? null : acting.teams().get(0);
    }
}
