package app.relay.identity;

import app.relay.common.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The directory of people: kept current from the tokens of those who use Relay. */
@ApplicationScoped
public class UserDirectory {
    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final Duration DEPARTED_FRESH = Duration.ofSeconds(1);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** The people who have left, and those serving the notice of an open departure, as last read. */
    private record Standing(Set<String> departed, Set<String> onNotice, long readAt) {
    }

    private volatile Standing standing = new Standing(Set.of(), Set.of(), System.nanoTime() - Duration.ofDays(1).toNanos());

    UserDirectory(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** SQL: the display name of the person whose id is in `column` (null when unknown). */
    public static String nameOf(String column) {
        return "(select u.full_name from app_user u where u.id = " + column + ")";
    }

    /** Records the caller, at most every few minutes per person, so names and teams stay current. */
    public void record(Actor user) {
        Instant now = Instant.now();
        Instant last = lastRecorded.get(user.id());
        if (last != null && last.plus(REFRESH).isAfter(now)) {
            return; // checked before any transaction: most requests come from someone recorded a moment ago
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into app_user (id, username, full_name, email, roles, teams, last_seen_at)
                values (:id, :username, :name, :email, cast(:roles as text[]), cast(:teams as text[]), now())
                on conflict (id) do update set username = excluded.username, full_name = excluded.full_name,
                    email = excluded.email, roles = excluded.roles, teams = excluded.teams, last_seen_at = now()
                """)
                .setParameter("id", user.id())
                .setParameter("username", user.username())
                .setParameter("name", user.fullName())
                .setParameter("email", user.email())
                .setParameter("roles", SqlValues.textArray(user.roles()))
                .setParameter("teams", SqlValues.textArray(user.teams()))
                .executeUpdate());
        lastRecorded.put(user.id(), now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppUser> all() {
        return em.createQuery("from AppUser order by fullName", AppUser.class).getResultList();
    }

    /**
     * Display names for a set of user ids; unknown ids are simply absent, and a lookup of no one (a
     * client without owner) gives null, whatever the set was. Plain SQL with one array
     * parameter: it runs on every list, and an HQL `in` list would be planned anew for every size.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, String> namesOf(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        // Relay's own jobs act under `system:<job>`; history and audit name them too.
        wanted.stream().filter(id -> id.startsWith(Actor.SYSTEM_PREFIX))
                .forEach(id -> names.put(id, "Relay (" + id.substring(Actor.SYSTEM_PREFIX.length()) + ")"));
        if (wanted.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createNativeQuery("select id, full_name from app_user where id = any(cast(:ids as text[]))")
                .setParameter("ids", SqlValues.textArray(wanted))
                .getResultList();
        rows.stream().filter(r -> r[1] != null).forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    /** A person Relay knows, or null. */
    public AppUser find(String id) {
        return id == null ? null : em.find(AppUser.class, id);
    }

    /** The last working day of the notice a person serves, or null. */
    public LocalDate noticeUntil(String id) {
        AppUser user = find(id);
        return user == null ? null : user.noticeUntil;
    }

    /** The language a person chose for Relay, or null while they have not chosen. */
    public Language languageOf(String id) {
        AppUser user = find(id);
        return user == null ? null : user.language;
    }

    /** Keeps a person's choice of language; they are recorded before their first request is served. */
    @Transactional
    public void chooseLanguage(String id, Language language) {
        em.createNativeQuery("update app_user set language = :language where id = :id")
                .setParameter("language", language.name())
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Keeps a person's corporate phone and mailbox (either may be cleared with null). */
    @Transactional
    public void keepProfile(String id, String corporatePhone, String corporateEmail) {
        em.createNativeQuery("update app_user set corporate_phone = :phone, corporate_email = :email where id = :id")
                .setParameter("phone", corporatePhone).setParameter("email", corporateEmail).setParameter("id", id)
                .executeUpdate();
    }

    public boolean exists(String id) {
        return em.find(AppUser.class, id) != null;
    }

    /** A person who may hold clients: known to Relay, not gone and not serving notice. */
    public boolean isActive(String id) {
        AppUser user = em.find(AppUser.class, id);
        return user != null && !user.hasDeparted() && user.noticeUntil == null;
    }

    /**
     * Checked on every request, so that a departure takes effect at once rather than at token expiry. The
     * departed are read from the database at most every {@link #DEPARTED_FRESH} and a departure marked on
     * this instance counts from its commit; another instance sees it within that second.
     */
    public boolean hasDeparted(String id) {
        return current().departed.contains(id);
    }

    /**
     * Whether the person serves the notice of a departure still open (a resignation before its last working
     * day): read like the departed.
     */
    public boolean isOnNotice(String id) {
        return current().onNotice.contains(id);
    }

    /** A departure committed here: refused from now on, without waiting for the next reading. */
    public synchronized void departed(String id) {
        Set<String> ids = new HashSet<>(standing.departed);
        ids.add(id);
        standing = new Standing(Set.copyOf(ids), standing.onNotice, standing.readAt);
    }

    /**
     * The person serves a notice until {@code lastWorkingDay} (null: no longer), in the caller's transaction;
     * once it commits, this instance reads who is on notice afresh at the next request.
     */
    public void serveNotice(String id, LocalDate lastWorkingDay) {
        em.createNativeQuery("update app_user set notice_until = :until where id = :id")
                .setParameter("until", lastWorkingDay).setParameter("id", id).executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                noticeChanged();
            }
        });
    }

    private synchronized void noticeChanged() {
        standing = new Standing(standing.departed, standing.onNotice, System.nanoTime() - DEPARTED_FRESH.toNanos() - 1);
    }

    private Standing current() {
        Standing known = standing;
        return known.readAt + DEPARTED_FRESH.toNanos() < System.nanoTime() ? reload() : known;
    }

    @SuppressWarnings("unchecked")
    private synchronized Standing reload() {
        if (standing.readAt + DEPARTED_FRESH.toNanos() >= System.nanoTime()) {
            return standing; // another request read them while this one waited
        }
        long readAt = System.nanoTime();
        Standing read = QuarkusTransaction.suspendingExisting().call(() -> new Standing(
                Set.copyOf(em.createNativeQuery("select id from app_user where departed_at is not null").getResultList()),
                Set.copyOf(em.createNativeQuery("select id from app_user where notice_until is not null "
                        + "and departed_at is null").getResultList()),
                readAt));
        standing = read;
        return read;
    }
}
