package app.relay.pipeline;

import app.relay.access.PartyKind;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Who found a client, who qualified it and passed it to sales, who closed its first deal: parties written once by
 * the conveyor's moves, read-only, never giving sight of the client (the one who handed it on keeps only this).
 */
@ApplicationScoped
class Attribution {
    private final EntityManager em;
    private final UserDirectory directory;

    Attribution(EntityManager em, UserDirectory directory) {
        this.em = em;
        this.directory = directory;
    }

    /** Records the person in this kind, unless the client has one already or they are no person of Relay's. */
    void record(UUID clientId, PartyKind kind, String userId, String actor) {
        if (userId == null || !directory.exists(userId)) {
            return;
        }
        em.createNativeQuery("insert into party (id, client_id, user_id, kind, valid_from, created_at, created_by, "
                        + "updated_at, updated_by) values (gen_random_uuid(), :client, :user, :kind, now(), now(), "
                        + ":actor, now(), :actor) on conflict (client_id, kind) where kind in ('finder', 'qualifier', "
                        + "'closer') and deleted_at is null do nothing")
                .setParameter("client", clientId).setParameter("user", userId).setParameter("kind", kind.wireName())
                .setParameter("actor", actor).executeUpdate();
    }
}
