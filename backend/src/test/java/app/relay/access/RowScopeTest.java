package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The row scope's SQL and its in-memory twin give the same answer for every client of the demo base,
 * for every kind of actor, with partners, sponsors, and temporary owners past, present and future.
 */
@QuarkusTest
class RowScopeTest {
    static final String SAM = "a0000000-0000-4000-8000-000000000004";
    static final String SID = "a0000000-0000-4000-8000-000000000009";
    static final String LEO = "a0000000-0000-4000-8000-000000000007";

    @Inject
    EntityManager em;
    @Inject
    RowScope scope;
    @Inject
    ActingParty acting;
    @Inject
    StandingParties parties;

    private static final String HUGO = "a0000000-0000-4000-8000-000000000003";

    static final List<Actor> ACTORS = List.of(
            person(SAM, Roles.SALES_MANAGER, "north"), person(SID, Roles.SALES_MANAGER, "south"),
            person(HUGO, Roles.HEAD_OF_SALES, "north"),
            person(HUGO, Roles.HEAD_OF_SALES, "north").servingNotice(),
            person("a0000000-0000-4000-8000-000000000006", Roles.ACCOUNT_MANAGER, "north"),
            person(LEO, Roles.LEAD_GENERATOR, "north"),
            person("a0000000-0000-4000-8000-000000000002", Roles.DIRECTOR, null),
            person("a0000000-0000-4000-8000-000000000001", Roles.ADMIN, null),
            new Actor(Actor.Kind.INTEGRATION, "svc-north", "svc", "svc", null, Set.of(Roles.INTEGRATION), List.of("north"), null, false),
            new Actor(Actor.Kind.INTEGRATION, "svc-all", "svc", "svc", null, Set.of(Roles.INTEGRATION), List.of(), null, false),
            Actor.system("test"));

    private static Actor person(String id, String role, String team) {
        return new Actor(Actor.Kind.PERSON, id, id, id, null, Set.of(role), team == null ? List.of() : List.of(team), null, false);
    }

    @TestFactory
    Stream<DynamicTest> sqlAndMemoryAgreeOnEveryClient() {
        // South clients that sam and leo stand in front of in no way yet (other tests give clients parties too):
        // the parties below are then the only reason either may see one of them.
        @SuppressWarnings("unchecked")
        List<UUID> some = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select c.id from client c where c.team = 'south' and not exists (select 1 from party p "
                        + "where p.client_id = c.id and p.user_id in (:sam, :leo)) order by c.id limit 7", UUID.class)
                .setParameter("sam", SAM).setParameter("leo", LEO).getResultList());
        QuarkusTransaction.requiringNew().run(() -> {
            party(some.get(0), SAM, "partner", "now() - interval '1 day'", null);
            party(some.get(1), SAM, "temporary-owner", "now() - interval '2 days'", "now() - interval '1 day'");
            party(some.get(2), SAM, "temporary-owner", "now() + interval '1 day'", "now() + interval '2 days'");
            party(some.get(3), SAM, "executive-sponsor", "now() - interval '1 day'", null);
            party(some.get(4), LEO, "successor", "now() - interval '1 day'", null);
            party(some.get(5), SID, "partner", "now() - interval '1 day'", null);
            party(some.get(6), HUGO, "partner", "now() - interval '1 day'", null);
        });
        return ACTORS.stream().map(actor -> DynamicTest.dynamicTest(actor.kind() + " " + actor.roles() + " " + actor.teams(),
                () -> assertAgree(actor, some)));
    }

    private void assertAgree(Actor actor, List<UUID> withParties) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            acting.actAs(actor);
            SqlPredicate visible = scope.visibleClients("c");
            var query = em.createNativeQuery("select c.id from client c where " + visible.sql(), UUID.class);
            visible.params().forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            Set<UUID> bySql = new HashSet<>((List<UUID>) query.getResultList());

            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, owner_id, co_owner_id, team, segment, phase from client")
                    .getResultList();
            Map<UUID, Set<String>> standing = parties.of(rows.stream().map(r -> (UUID) r[0]).toList());
            Set<UUID> inMemory = rows.stream()
                    .filter(r -> scope.sees(new ClientContext((String) r[1], (String) r[2],
                            standing.getOrDefault((UUID) r[0], Set.of()), (String) r[3], (String) r[4], (String) r[5])))
                    .map(r -> (UUID) r[0]).collect(Collectors.toSet());

            assertThat(inMemory).isEqualTo(bySql);
            TeamSight sight = scope.teamSight();
            assertThat(byTeams(sight, actor)).as("as whole teams").isEqualTo(bySql);
            assertThat(byCells(actor)).as("as kept cells plus what one stands at otherwise").isEqualTo(bySql);
            assertThat(sight.wholeTeams()).as("only a lead generator sees one phase of a team")
                    .isEqualTo(!actor.roles().contains(Roles.LEAD_GENERATOR));
            assertThat(bySql).as("some clients, not none, for everyone here").isNotEmpty();
            if (actor.id().equals(SAM)) {
                assertThat(bySql).contains(withParties.get(0), withParties.get(3))
                        .doesNotContain(withParties.get(1), withParties.get(2));
            }
            if (actor.onNotice()) {
                assertThat(bySql).as("serving notice, a head of sales sees the clients they stand at, not the team's")
                        .contains(withParties.get(6)).allMatch(id -> isParty(rows, standing, id, actor.id()));
            }
            if (actor.id().equals(LEO)) {
                assertThat(bySql).as("a successor sees nothing before the handover's approval").doesNotContain(withParties.get(4));
            }
        } finally {
            request.terminate();
        }
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> byTeams(TeamSight sight, Actor actor) {
        return new HashSet<>((List<UUID>) em.createNativeQuery("select c.id from client c where cast(:all as boolean) "
                        + "or c.team = any(cast(:teams as text[])) and (cast(:phase as text) is null or c.phase = :phase) "
                        + "or cast(:standing as boolean) and c.id in ("
                        + StandingParties.clientsOf("me") + ")",
                        UUID.class)
                .setParameter("all", sight.everything()).setParameter("teams", sight.teams().toArray(String[]::new))
                .setParameter("phase", sight.phase())
                .setParameter("standing", sight.standing()).setParameter("me", actor.id()).getResultList());
    }

    /** The board's reading of the scope: whole cells (team, owner, stage), and the co-owned or party clients. */
    @SuppressWarnings("unchecked")
    private Set<UUID> byCells(Actor actor) {
        SqlPredicate cells = scope.wholeCells("c");
        boolean standing = scope.teamSight().standing();
        var query = em.createNativeQuery("select c.id from client c where " + cells.sql()
                + (standing ? " or c.id in (" + StandingParties.clientsBesideOwning("me") + ")" : ""), UUID.class);
        cells.params().forEach(query::setParameter);
        if (standing) {
            query.setParameter("me", actor.id());
        }
        return new HashSet<>((List<UUID>) query.getResultList());
    }

    private static boolean isParty(List<Object[]> rows, Map<UUID, Set<String>> standing, UUID client, String user) {
        return standing.getOrDefault(client, Set.of()).contains(user) || rows.stream()
                .anyMatch(r -> r[0].equals(client) && (user.equals(r[1]) || user.equals(r[2])));
    }

    private void party(UUID client, String user, String kind, String from, String to) {
        em.createNativeQuery("insert into party (id, client_id, user_id, kind, valid_from, valid_to, created_at, created_by, "
                        + "updated_at, updated_by) values (gen_random_uuid(), :client, :user, :kind, " + from + ", "
                        + (to == null ? "null" : to) + ", now(), 'test', now(), 'test')")
                .setParameter("client", client).setParameter("user", user).setParameter("kind", kind).executeUpdate();
    }
}
