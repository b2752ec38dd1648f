package app.relay.people;

import app.relay.access.AccessLevel;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.FieldAccess;
import app.relay.access.PartyKind;
import app.relay.access.RowScope;
import app.relay.access.SegmentCatalog;
import app.relay.access.SqlPredicate;
import app.relay.access.StandingParties;
import app.relay.access.TeamSight;
import app.relay.common.ProblemException;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "If this manager left today": per person, or ranked for everyone the reader supervises, over the clients the
 * reader may see. Read from the summaries {@link ImpactSummaryJob} keeps while they hold; counted live for a person
 * whose clients changed since (or when the reader's row scope is not made of whole teams).
 */
@RequestScoped
public class Impacts {
    private static final String GROUPED = "select user_id, segment, " + ImpactFacts.FIGURES
            + " from facts group by user_id, segment";

    private final EntityManager em;
    private final RowScope scope;
    private final FieldAccess fields;
    private final Capabilities capabilities;
    private final UserDirectory directory;
    private final DepartureService departures;
    private final SegmentCatalog segmentCatalog;

    Impacts(EntityManager em, RowScope scope, FieldAccess fields, Capabilities capabilities, UserDirectory directory,
            DepartureService departures, SegmentCatalog segmentCatalog) {
        this.em = em;
        this.scope = scope;
        this.fields = fields;
        this.capabilities = capabilities;
        this.directory = directory;
        this.departures = departures;
        this.segmentCatalog = segmentCatalog;
    }

    /** One person's impact, for those who may start their departure. */
    public ImpactView of(String userId) {
        requireSupervisor();
        AppUser person = directory.find(userId);
        if (person == null || !departures.maySupervise(person)) {
            throw ProblemException.notFound("Person");
        }
        return figures(List.of(person)).get(0);
    }

    /** Everyone the reader supervises who holds clients (of one team, if given), most clients at risk first. */
    public ImpactView.Ranking ranking(String team) {
        requireSupervisor();
        List<AppUser> people = directory.all().stream()
                .filter(person -> !person.hasDeparted() && departures.maySupervise(person))
                .filter(person -> team == null || person.teams != null && person.teams.contains(team))
                .toList();
        List<ImpactView> ranked = new ArrayList<>(figures(people));
        ranked.removeIf(view -> view.clients() == 0);
        ranked.sort(Comparator.comparingLong(ImpactView::atRisk).reversed()
                .thenComparing(Comparator.comparingLong(ImpactView::clients).reversed()));
        return new ImpactView.Ranking(ranked);
    }

    private void requireSupervisor() {
        capabilities.require(Capability.PEOPLE_DEPART, "Only the director, admins and heads of sales see what a "
                + "departure would leave behind");
    }

    private List<ImpactView> figures(List<AppUser> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        boolean segments = fields.baseLevel("client.segment").atLeast(AccessLevel.read);
        // Whether a channel is corporate shows even masked; who decides is a contact's function.
        boolean channels = fields.baseLevel("contact.channels").atLeast(AccessLevel.masked);
        boolean functions = fields.baseLevel("contact.functions").atLeast(AccessLevel.read);
        // "Alone" tells whether anyone else stands at a client: only for a reader who may see every kind of party.
        boolean parties = Arrays.stream(PartyKind.values()).filter(PartyKind::givesSight)
                .allMatch(kind -> fields.baseLevel(kind.fieldKey()).atLeast(AccessLevel.read));
        ImpactFigures figures = new ImpactFigures(parties, channels, functions, segmentCatalog.supervisedKeys());
        List<String> ids = people.stream().map(person -> person.id).toList();
        // The summaries are kept per team, all phases together: a sight of one phase counts live.
        TeamSight sight = scope.teamSight();
        Map<String, Instant> summarised = sight.wholeTeams() ? summarised(ids) : Map.of();
        List<String> live = ids.stream().filter(id -> !summarised.containsKey(id)).toList();
        if (!live.isEmpty()) {
            SqlPredicate visible = scope.visibleClients("c");
            figures.add(query(ImpactFacts.facts("true", visible.sql()) + GROUPED, live, visible.params()));
        }
        if (!summarised.isEmpty()) {
            addSummaries(figures, List.copyOf(summarised.keySet()), sight);
        }
        List<String> redacted = new ArrayList<>();
        if (!parties) {
            redacted.add("onlyParty");
        }
        if (!segments) {
            redacted.add("bySegment");
            redacted.add("topSegment");
        }
        if (!channels) {
            redacted.add("personalOnlyContacts");
        }
        if (!functions) {
            redacted.add("noDecisionMaker");
        }
        return people.stream().map(person -> figures.view(person, segments, summarised.get(person.id), redacted)).toList();
    }

    /**
     * The people whose summary holds now (nothing changed at their clients since, no party's date passed), with
     * its time; and those never counted nor marked, who hold nothing (a first party marks its person until the job
     * has counted them), with none.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Instant> summarised(List<String> ids) {
        List<Object[]> rows = em.createNativeQuery("with dirty as (select d.user_id from impact_dirty d "
                        + "where d.user_id in (:people) union select p.user_id from impact_dirty d join party p "
                        + "on p.client_id = d.client_id and p.deleted_at is null and p.user_id in (:people)) "
                        + "select u.id, s.computed_at from unnest(cast(:ids as text[])) u(id) "
                        + "left join impact_summary_state s on s.user_id = u.id "
                        + "where (s.user_id is null or s.holds_until > now()) "
                        + "and u.id not in (select user_id from dirty where user_id is not null)")
                .setParameter("people", ids).setParameter("ids", ids.toArray(String[]::new)).getResultList();
        Map<String, Instant> out = new HashMap<>();
        rows.forEach(row -> out.put((String) row[0], (Instant) row[1]));
        return out;
    }

    /**
     * The summaries of the reader's teams (all of them for the director and admins), and for a head of sales the
     * few clients outside them where they stand too, counted live: together, exactly the row scope.
     */
    private void addSummaries(ImpactFigures figures, List<String> ids, TeamSight sight) {
        String teams = sight.everything() ? "" : " and team = any(cast(:teams as text[]))";
        Map<String, Object> params = sight.everything() ? Map.of()
                : Map.of("teams", sight.teams().toArray(String[]::new));
        figures.add(query("select user_id, segment, sum(clients), sum(alone), sum(personal), sum(no_dm), sum(risk_a), "
                + "sum(risk_ap), sum(risk_ad), sum(risk_apd), sum(risk_p), sum(risk_d), sum(risk_pd) "
                + "from impact_summary where user_id in (:people)" + teams + " group by user_id, segment", ids, params));
        if (!sight.everything() && sight.standing()) {
            Map<String, Object> own = new HashMap<>(params);
            own.put("reader", scope.callerId());
            figures.add(query(ImpactFacts.facts("p.client_id in (" + StandingParties.clientsOf("reader") + ")",
                    "(c.team is null or not c.team = any(cast(:teams as text[])))") + GROUPED, ids, own));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, List<String> people, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql).setParameter("people", people);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
