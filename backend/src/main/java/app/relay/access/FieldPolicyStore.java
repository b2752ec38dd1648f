package app.relay.access;

import app.relay.common.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field policy in force: admins' overrides over the shipped defaults. Cached briefly, and
 * dropped at once on change here, so that an edit takes effect without a restart.
 */
@ApplicationScoped
public class FieldPolicyStore {
    private static final Duration TTL = Duration.ofSeconds(10);

    private final EntityManager em;
    private volatile Map<String, AccessLevel> overrides;
    private volatile Instant loadedAt = Instant.MIN;

    FieldPolicyStore(EntityManager em) {
        this.em = em;
    }

    public AccessLevel level(String role, String key) {
        AccessLevel override = overrides().get(role + "|" + key);
        return override != null ? override : DefaultFieldPolicy.levelFor(role, key);
    }

    @Transactional
    public AccessLevel set(String role, String key, AccessLevel level, String actor) {
        AccessLevel old = level(role, key);
        em.createNativeQuery("insert into field_policy (role, field_key, level, updated_at, updated_by) "
                        + "values (:role, :key, :level, :at, :actor) on conflict (role, field_key) do update "
                        + "set level = excluded.level, updated_at = excluded.updated_at, updated_by = excluded.updated_by")
                .setParameter("role", role).setParameter("key", key).setParameter("level", level.name())
                .setParameter("at", Clock.now()).setParameter("actor", actor)
                .executeUpdate();
        em.createNativeQuery("insert into field_policy_change (actor_id, role, field_key, old_level, new_level) "
                        + "values (:actor, :role, :key, :old, :new)")
                .setParameter("actor", actor).setParameter("role", role).setParameter("key", key)
                .setParameter("old", old.name()).setParameter("new", level.name())
                .executeUpdate();
        loadedAt = Instant.MIN;
        return old;
    }

    @SuppressWarnings("unchecked")
    private Map<String, AccessLevel> overrides() {
        if (loadedAt.plus(TTL).isBefore(Instant.now()) || overrides == null) {
            Map<String, AccessLevel> fresh = new HashMap<>();
            List<Object[]> rows = em.createNativeQuery("select role, field_key, level from field_policy").getResultList();
            for (Object[] row : rows) {
                fresh.put(row[0] + "|" + row[1], AccessLevel.valueOf((String) row[2]));
            }
            overrides = fresh;
            loadedAt = Instant.now();
        }
        return overrides;
    }
}
