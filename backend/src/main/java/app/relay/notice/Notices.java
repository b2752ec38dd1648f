package app.relay.notice;

import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.ActingParty;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The in-app notices: sent in the transaction of what they tell (a step that rolls back tells nothing),
 * read by each person for themselves only.
 */
@RequestScoped
public class Notices {
    static final int SHOWN = 50;

    private final EntityManager em;
    private final ActingParty caller;
    private final UserDirectory directory;

    Notices(EntityManager em, ActingParty caller, UserDirectory directory) {
        this.em = em;
        this.caller = caller;
        this.directory = directory;
    }

    /** Tells each of `users` (but the one who acted: they know) of `kind` about a handover of `personId`. */
    public void send(Collection<String> users, NoticeKind kind, UUID handoverId, String personId, Integer count) {
        String actor = caller.id();
        users.stream().filter(Objects::nonNull).filter(user -> !user.equals(actor)).distinct().forEach(user ->
                em.createNativeQuery("insert into notice (id, user_id, kind, handover_id, person_id, actor_id, count, "
                                + "created_at) values (gen_random_uuid(), :user, :kind, :handover, :person, :actor, :count, now())")
                        .setParameter("user", user).setParameter("kind", kind.name()).setParameter("handover", handoverId)
                        .setParameter("person", personId).setParameter("actor", actor).setParameter("count", count)
                        .executeUpdate());
    }

    /** The caller's latest notices, newest first, and how many are unread. */
    @SuppressWarnings("unchecked")
    public NoticeView.Page mine(boolean unreadOnly) {
        List<Object[]> rows = em.createNativeQuery("select id, kind, handover_id, person_id, actor_id, count, created_at, "
                        + "read_at is not null from notice where user_id = :me" + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id limit " + SHOWN)
                .setParameter("me", caller.id()).getResultList();
        Map<String, String> names = directory.namesOf(rows.stream()
                .flatMap(row -> Stream.of((String) row[3], (String) row[4])).filter(Objects::nonNull).distinct().toList());
        long unread = ((Number) em.createNativeQuery("select count(*) from notice where user_id = :me and read_at is null")
                .setParameter("me", caller.id()).getSingleResult()).longValue();
        return new NoticeView.Page(rows.stream().map(row -> new NoticeView((UUID) row[0], NoticeKind.valueOf((String) row[1]),
                (UUID) row[2], (String) row[3], names.get((String) row[3]), (String) row[4], names.get((String) row[4]),
                row[5] == null ? null : ((Number) row[5]).intValue(), SqlValues.instant(row[6]),
                Boolean.TRUE.equals(row[7]))).toList(), unread);
    }

    /** Marks the listed notices of the caller read (or all of them); others' notices are not theirs to mark. */
    public int markRead(NoticesRead input) {
        boolean all = Boolean.TRUE.equals(input.all());
        List<UUID> ids = input.ids() == null ? List.of() : input.ids();
        if (all == !ids.isEmpty()) {
            throw ProblemException.invalid("ids", "list the notices to mark read, or say all: true");
        }
        return em.createNativeQuery("update notice set read_at = now() where user_id = :me and read_at is null "
                        + "and (cast(:all as boolean) or id = any(cast(:ids as uuid[])))")
                .setParameter("me", caller.id()).setParameter("all", all)
                .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }
}
