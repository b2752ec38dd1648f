package app.relay.people;

import app.relay.access.PartyKind;

/**
 * The SQL of "if this manager left today", shared by the live count and the job that keeps the summaries: per
 * (person, client), whether the person is alone there (someone who left counts for nobody), how many contact
 * persons are reachable only personally, whether a decision maker is on file. The contacts of each client are read
 * once (one scan for both facts).
 */
final class ImpactFacts {
    /** Where a person stands with sight of a client now (a named successor does not hold it yet). */
    private static final String STANDS = "p.deleted_at is null and p.valid_from <= now() "
            + "and (p.valid_to is null or p.valid_to > now()) and p.kind in (" + PartyKind.allSightKindsSql() + ")";

    /**
     * The figures of a group of facts, in the order {@link ImpactFigures} reads them: clients, alone, personal-only
     * contacts, no decision maker, then the clients at risk for each set of figures a reader may see (with "alone",
     * then without it, for a reader who may not see every kind of party).
     */
    static final String FIGURES = "count(*), count(*) filter (where alone), coalesce(sum(personal), 0), "
            + "count(*) filter (where no_dm), count(*) filter (where alone), "
            + "count(*) filter (where alone or personal > 0), count(*) filter (where alone or no_dm), "
            + "count(*) filter (where alone or personal > 0 or no_dm), count(*) filter (where personal > 0), "
            + "count(*) filter (where no_dm), count(*) filter (where personal > 0 or no_dm)";

    private ImpactFacts() {
    }

    /**
     * A `facts` CTE (user_id, team, segment, alone, personal, no_dm) for the people in `:people`, over the live
     * clients matching {@code clients} (SQL over `client c`) among those where {@code held} (SQL over `party p`) holds.
     */
    static String facts(String held, String clients) {
        return "with held as (select distinct p.user_id, p.client_id from party p "
                + "where p.user_id in (:people) and " + STANDS + " and " + held + "), "
                + "facts as (select h.user_id, c.team, c.segment, "
                + "not exists (select 1 from party o where o.client_id = c.id and o.user_id <> h.user_id and "
                + STANDS.replace("p.", "o.") + " and not exists (select 1 from app_user x where x.id = o.user_id "
                + "and x.departed_at is not null)) as alone, coalesce(k.personal, 0) as personal, "
                + "not coalesce(k.has_dm, false) as no_dm from held h join client c on c.id = h.client_id "
                + "left join lateral (select count(*) filter (where jsonb_array_length(k.channels) > 0 "
                + "and not k.channels @> '[{\"corporate\": true}]') as personal, "
                + "bool_or('decision_maker' = any(k.functions)) as has_dm from contact k "
                + "where k.client_id = c.id and k.deleted_at is null) k on true "
                + "where c.deleted_at is null and " + clients + ") ";
    }

    /**
     * The next moment a party's date changes who stands at one of the clients of `:person` (a start or an end yet
     * to come); driven from the few dated parties (indexed), not from the person's clients.
     */
    static final String NEXT_DATE = "select min(d.at) from (select client_id, valid_to as at from party "
            + "where deleted_at is null and valid_to > now() union all select client_id, valid_from from party "
            + "where deleted_at is null and valid_from > now()) d where exists (select 1 from party u "
            + "where u.client_id = d.client_id and u.user_id = :person and u.deleted_at is null)";
}
