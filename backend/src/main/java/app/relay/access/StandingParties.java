package app.relay.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The parties (other than owner and co-owner, which are columns of the client) that stand in front of
 * clients now and give sight of them: the in-memory half of the row scope reads them from here.
 */
@ApplicationScoped
public class StandingParties {
    /** A party counts between its dates and until it is ended; the row scope's SQL says the same. */
    static final String STANDS_NOW = "p.deleted_at is null and p.valid_from <= now() "
            + "and (p.valid_to is null or p.valid_to > now()) and p.kind in (" + PartyKind.sightKindsSql() + ")";

    private final EntityManager em;

    /** SQL: the ids of the people standing now in front of the client aliased `alias`, as an array. */
    public static String userIdsOf(String alias) {
        return "array(select p.user_id from party p where p.client_id = " + alias + ".id and " + STANDS_NOW + ")";
    }

    /**
     * SQL: the ids of the clients where the person named by the parameter {@code param} stands now, as holder (the
     * client's columns) or as a party with sight; the row scope's person branches, as a set.
     */
    public static String clientsOf(String param) {
        return "select h.id from client h where h.owner_id = :" + param + " union all " + clientsBesideOwning(param);
    }

    /** SQL: as {@link #clientsOf}, but for the clients the person owns. */
    public static String clientsBesideOwning(String param) {
        return "select h.id from client h where h.co_owner_id = :" + param + " union all select p.client_id from party p "
                + "where p.user_id = :" + param + " and " + STANDS_NOW;
    }

    StandingParties(EntityManager em) {
        this.em = em;
    }

    /** Per client, the people standing in front of it now beyond its holders; clients without any are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<String>> of(Collection<UUID> clientIds) {
        Map<UUID, Set<String>> out = new HashMap<>();
        if (clientIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select p.client_id, p.user_id from party p "
                        + "where p.client_id = any(cast(:ids as uuid[])) and " + STANDS_NOW)
                .setParameter("ids", clientIds.stream().distinct().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        rows.forEach(r -> out.computeIfAbsent((UUID) r[0], k -> new HashSet<>()).add((String) r[1]));
        return out;
    }

    public Set<String> of(UUID clientId) {
        return of(List.of(clientId)).getOrDefault(clientId, Set.of());
    }
}
