package app.relay.access;

import app.relay.common.BriefCache;
import app.relay.common.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field policy in force: admins' overrides over the shipped defaults, cached briefly (an edit here takes
 * effect at once, on other instances within seconds).
 */
@ApplicationScoped
public class FieldPolicyStore {
    private static final Duration TTL = Duration.ofSeconds(10);

    private final EntityManager em;
    private final BriefCache<Map<String, AccessLevel>> overrides = new BriefCache<>(TTL, this::load);
    private final Event<Changed> changed;

    /** Fired by a policy change; observed after the transaction commits. */
    record Changed() {
    }

    FieldPolicyStore(EntityManager em, Event<Changed> changed) {
        this.em = em;
        this.changed = changed;
    }

    public AccessLevel level(String role, String key) {
        AccessLevel override = overrides.get().get(role + "|" + key);
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
        changed.fire(new Changed());
        return old;
    }

    void forgetOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        overrides.forget();
    }

    @SuppressWarnings("unchecked")
    private Map<String, AccessLevel> load() {
        Map<String, AccessLevel> fresh = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select role, field_key, level from field_policy").getResultList();
        for (Object[] row : rows) {
            fresh.put(row[0] + "|" + row[1], AccessLevel.valueOf((String) row[2]));
        }
        return fresh;
    }
}
