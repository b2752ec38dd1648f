package app.relay.people;

import app.relay.access.AccessLevel;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.access.SqlPredicate;
import app.relay.common.ProblemException;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "If this manager left today": per person, or ranked for everyone the reader supervises. One statement each,
 * over the party rows of the people counted and their visible clients only.
 */
@RequestScoped
public class Impacts {
    /** Where a person stands with sight of a client now (a named successor does not hold it yet). */
    private static final String STANDS = "p.deleted_at is null and p.valid_from <= now() "
            + "and (p.valid_to is null or p.valid_to > now()) and p.kind <> 'successor'";
    /**
     * Facts per (person, client): alone there (someone who left counts for nobody), contacts only reachable
     * personally, a decision maker on file. The contacts of each client are read once (one scan for both facts).
     */
    private static final String FACTS = "with held as (select distinct p.user_id, p.client_id from party p "
            + "where p.user_id in (:people) and " + STANDS + "), facts as (select h.user_id, c.segment, "
            + "not exists (select 1 from party o where o.client_id = c.id and o.user_id <> h.user_id and "
            + STANDS.replace("p.", "o.") + " and not exists (select 1 from app_user x where x.id = o.user_id "
            + "and x.departed_at is not null)) as alone, coalesce(k.personal, 0) as personal, "
            + "not coalesce(k.has_dm, false) as no_dm from held h join client c on c.id = h.client_id "
            + "left join lateral (select count(*) filter (where jsonb_array_length(k.channels) > 0 "
            + "and not k.channels @> '[{\"corporate\": true}]') as personal, "
            + "bool_or('decision_maker' = any(k.functions)) as has_dm from contact k "
            + "where k.client_id = c.id and k.deleted_at is null) k on true where c.deleted_at is null and %s) ";

    private final EntityManager em;
    private final RowScope scope;
    private final FieldAccess fields;
    private final Capabilities capabilities;
    private final UserDirectory directory;
    private final DepartureService departures;

    Impacts(EntityManager em, RowScope scope, FieldAccess fields, Capabilities capabilities, UserDirectory directory,
            DepartureService departures) {
        this.em = em;
        this.scope = scope;
        this.fields = fields;
        this.capabilities = capabilities;
        this.directory = directory;
        this.departures = departures;
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

    @SuppressWarnings("unchecked")
    private List<ImpactView> figures(List<AppUser> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        boolean segments = fields.baseLevel("client.segment").atLeast(AccessLevel.read);
        // Whether a channel is corporate shows even masked; who decides is a contact's function.
        boolean channels = fields.baseLevel("contact.channels").atLeast(AccessLevel.masked);
        boolean functions = fields.baseLevel("contact.functions").atLeast(AccessLevel.read);
        String risk = "alone" + (channels ? " or personal > 0" : "") + (functions ? " or no_dm" : "");
        SqlPredicate visible = scope.visibleClients("c");
        Query query = em.createNativeQuery(String.format(FACTS, visible.sql())
                + "select user_id, segment, count(*), count(*) filter (where alone), sum(personal), "
                + "count(*) filter (where no_dm), count(*) filter (where " + risk + ") from facts group by user_id, segment");
        query.setParameter("people", people.stream().map(person -> person.id).toList());
        visible.params().forEach(query::setParameter);
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Map<String, Long>> bySegment = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long[] sums = totals.computeIfAbsent((String) row[0], id -> new long[6]);
            long count = ((Number) row[2]).longValue();
            sums[0] += count;
            sums[1] += ((Number) row[3]).longValue();
            sums[2] += row[4] == null ? 0 : ((Number) row[4]).longValue();
            sums[3] += ((Number) row[5]).longValue();
            sums[4] += ((Number) row[6]).longValue();
            String segment = (String) row[1];
            if (segment != null) {
                bySegment.computeIfAbsent((String) row[0], id -> new LinkedHashMap<>()).merge(segment, count, Long::sum);
                if (segment.equals("vip") || segment.equals("key")) {
                    sums[5] += count;
                }
            }
        }
        List<String> redacted = new ArrayList<>();
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
        return people.stream().map(person -> {
            long[] sums = totals.getOrDefault(person.id, new long[6]);
            return new ImpactView(person.id, person.fullName, sums[0],
                    segments ? bySegment.getOrDefault(person.id, Map.of()) : null, segments ? sums[5] : null, sums[1],
                    channels ? sums[2] : null, functions ? sums[3] : null, sums[4], List.copyOf(redacted));
        }).toList();
    }
}
