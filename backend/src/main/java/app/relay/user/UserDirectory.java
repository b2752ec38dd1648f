package app.relay.user;

import app.relay.access.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The directory of people: kept current from the tokens of those who use Relay. */
@ApplicationScoped
public class UserDirectory {
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final EntityManager em;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    UserDirectory(EntityManager em) {
        this.em = em;
    }

    /** Records the caller, at most every few minutes per person, so names and teams stay current. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(CurrentUser user) {
        Instant now = Instant.now();
        Instant last = lastRecorded.get(user.id());
        if (last != null && last.plus(REFRESH).isAfter(now)) {
            return;
        }
        em.createNativeQuery("""
                insert into app_user (id, username, full_name, email, roles, teams, last_seen_at)
                values (:id, :username, :name, :email, cast(:roles as text[]), cast(:teams as text[]), now())
                on conflict (id) do update set username = excluded.username, full_name = excluded.full_name,
                    email = excluded.email, roles = excluded.roles, teams = excluded.teams, last_seen_at = now()
                """)
                .setParameter("id", user.id())
                .setParameter("username", user.username())
                .setParameter("name", user.fullName())
                .setParameter("email", user.email())
                .setParameter("roles", pgArray(user.roles()))
                .setParameter("teams", pgArray(user.teams()))
                .executeUpdate();
        lastRecorded.put(user.id(), now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppUser> all() {
        return em.createQuery("from AppUser order by fullName", AppUser.class).getResultList();
    }

    /** Display names for a set of user ids; unknown ids are simply absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> namesOf(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from AppUser where id in :ids", AppUser.class)
                .setParameter("ids", wanted)
                .getResultStream()
                .collect(Collectors.toMap(u -> u.id, u -> u.fullName, (a, b) -> a));
    }

    public boolean exists(String id) {
        return em.find(AppUser.class, id) != null;
    }

    /** A person who may hold clients: known to Relay and not leaving. */
    public boolean isActive(String id) {
        AppUser user = em.find(AppUser.class, id);
        return user != null && !user.hasDeparted();
    }

    /** Checked on every request, so that a departure takes effect at once, not at token expiry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasDeparted(String id) {
        return !em.createQuery("select 1 from AppUser where id = :id and departedAt is not null")
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    /** PostgreSQL array literal, so that the upsert needs no driver-specific array binding. */
    private static String pgArray(Collection<String> values) {
        return values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
