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
        List<SqlPredicate> branches = visibleBranches(alias);
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Map<String, Object> params = new HashMap<>();
        branches.forEach(branch -> params.putAll(branch.params()));
        return new SqlPredicate("(" + String.join(" or ", branches.stream().map(SqlPredicate::sql).toList()) + ")",
                params);
    }

    /**
     * The same rule as its branches, one per way of seeing a client (whole teams, a phase of them, holding it,
     * standing at it): a client is visible when any branch holds. A page can read each branch along its own index.
     */
    public List<SqlPredicate> visibleBranches(String alias) {
        Actor me = acting.actor();
        if (seesEverything(me)) {
            return List.of(SqlPredicate.ALL);
        }
        List<SqlPredicate> branches = new ArrayList<>();
        if (me.onNotice()) {
            // Serving notice: only the clients the person stands in front of, whatever their role.
        } else if (!me.teams().isEmpty() && me.hasAnyRole(Roles.INTEGRATION, Roles.HEAD_OF_SALES)) {
            branches.add(new SqlPredicate(alias + ".team in (:acc_teams)", Map.of("acc_teams", me.teams())));
        } else if (!me.teams().isEmpty() && me.hasRole(Roles.LEAD_GENERATOR)) {
            branches.add(new SqlPredicate("(" + alias + ".phase = '" + LEAD_PHASE + "' and " + alias
                    + ".team in (:acc_teams))", Map.of("acc_teams", me.teams())));
        }
        if (me.kind() == Actor.Kind.PERSON) {
            // One branch per way of standing in front of a client: each can use its own index.
            Map<String, Object> mine = Map.of("acc_me", me.id());
            branches.add(new SqlPredicate(alias + ".owner_id = :acc_me", mine));
            branches.add(new SqlPredicate(alias + ".co_owner_id = :acc_me", mine));
            branches.add(new SqlPredicate("exists (select 1 from party p where p.client_id = " + alias
                    + ".id and p.user_id = :acc_me and " + StandingParties.STANDS_NOW + ")", mine));
        }
        return branches.isEmpty() ? List.of(SqlPredicate.NONE) : branches;
    }

    /** The rule as whole teams, or a phase of them, plus the clients one stands at; see {@link TeamSight}. */
    public TeamSight teamSight() {
        Actor me = acting.actor();
        if (seesEverything(me)) {
            return TeamSight.EVERYTHING;
        }
        boolean standing = me.kind() == Actor.Kind.PERSON;
        if (!me.onNotice() && !me.teams().isEmpty() && me.hasAnyRole(Roles.INTEGRATION, Roles.HEAD_OF_SALES)) {
            return new TeamSight(false, me.teams(), null, standing);
        }
        if (!me.onNotice() && !me.teams().isEmpty() && me.hasRole(Roles.LEAD_GENERATOR)) {
            return new TeamSight(false, me.teams(), LEAD_PHASE, standing);
        }
        return new TeamSight(false, List.of(), null, standing);
    }

    /**
     * The rule over totals kept per team, owner, segment and stage (and over clients, which have those columns too): the
     * cells the caller sees whole — every cell, or their teams' (a phase of them), and those of the clients they own.
     * What else they see (co-owned, or as a party: {@link StandingParties#clientsBesideOwning}) is not in a cell.
     */
    public SqlPredicate wholeCells(String alias) {
        TeamSight sight = teamSight();
        if (sight.everything()) {
            return SqlPredicate.ALL;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("cell_teams", sight.teams().toArray(String[]::new));
        String cells = alias + ".team = any(cast(:cell_teams as text[]))";
        if (!sight.wholeTeams()) {
            params.put("cell_phase", sight.phase());
            cells += " and " + alias + ".stage_id in (select s.id from pipeline_stage s where s.phase = :cell_phase)";
        }
        if (sight.standing()) {
            params.put("cell_me", acting.actor().id());
            cells = "(" + cells + ") or " + alias + ".owner_id = :cell_me";
        }
        return new SqlPredicate("(" + cells + ")", params);
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
