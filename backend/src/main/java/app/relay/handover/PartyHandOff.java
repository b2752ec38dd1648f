package app.relay.handover;

/**
 * The one statement that hands parties other than the holders (partners, temporary owners, sponsors) from one
 * person to another, for completion and correction alike: the rows of a `leaving` CTE (id, client_id, kind,
 * duties, valid_from, valid_to, successor_id, ends) end where {@code ends}, and the successor's begin in their place,
 * with the same duties and end date, now or when the row was to begin (a cover still to come), unless the successor
 * already stands there in that kind; the items of a cover or partnership that named the ending row name the new
 * one and its person. Answers how many rows ended, plus those begun from a row that does not end.
 */
final class PartyHandOff {
    private PartyHandOff() {
    }

    /** {@code ctes} defines `leaving` (and whatever it needs before it), without the leading `with`. */
    static String sql(String ctes) {
        return "with " + ctes + ", ended as (update party p set deleted_at = now(), deleted_by = :actor, "
                + "updated_at = now(), updated_by = :actor, valid_to = greatest(now(), p.valid_from + interval '1 microsecond'), "
                + "version = p.version + 1 from leaving l where p.id = l.id and l.ends returning p.id), "
                + "added as (insert into party (id, client_id, user_id, kind, duties, valid_from, valid_to, created_at, "
                + "created_by, updated_at, updated_by) select gen_random_uuid(), l.client_id, l.successor_id, l.kind, "
                + "l.duties, greatest(now(), l.valid_from), l.valid_to, now(), :actor, now(), :actor from leaving l "
                + "on conflict (client_id, user_id, kind) where deleted_at is null do nothing returning id, client_id, kind), "
                // A cover or partnership arranged by a handover follows its party to the successor, who reads it and
                // whom ending it early ends.
                + "repointed as (update handover_item i set party_id = a.id, successor_id = l.successor_id "
                + "from added a join leaving l "
                + "on l.client_id = a.client_id and l.kind = a.kind where l.ends and i.party_id = l.id) "
                + "select (select count(*) from ended) + (select count(*) from added a join leaving l "
                + "on l.client_id = a.client_id and l.kind = a.kind and not l.ends)";
    }
}
