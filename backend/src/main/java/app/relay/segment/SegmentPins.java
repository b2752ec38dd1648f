package app.relay.segment;

import app.relay.client.SegmentSetByHand;
import app.relay.common.Clock;
import app.relay.identity.ActingParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Clients whose segment a person set: the recalculation passes them by until someone releases the pin. */
@ApplicationScoped
public class SegmentPins {
    private final EntityManager em;
    private final ActingParty acting;

    SegmentPins(EntityManager em, ActingParty acting) {
        this.em = em;
        this.acting = acting;
    }

    /**
     * Pins a client set by hand (its form, an import, the segment action), with the reason given — none from the
     * form: an earlier reason was for the segment before.
     */
    void onSetByHand(@Observes SegmentSetByHand set) {
        waitForRecalculation();
        em.createNativeQuery("insert into segment_pin (client_id, reason, pinned_by, pinned_at) "
                        + "values (:client, :reason, :by, :at) on conflict (client_id) do update "
                        + "set reason = excluded.reason, pinned_by = excluded.pinned_by, pinned_at = excluded.pinned_at")
                .setParameter("client", set.clientId()).setParameter("reason", set.reason())
                .setParameter("by", acting.id()).setParameter("at", Clock.now()).executeUpdate();
    }

    void release(UUID clientId) {
        waitForRecalculation();
        em.createNativeQuery("delete from segment_pin where client_id = :client").setParameter("client", clientId)
                .executeUpdate();
    }

    /**
     * A recalculation's batch (which holds this lock exclusively) is not to miss a pin made while it runs: a pin
     * waits for the batch under way, and the next batch sees it.
     */
    private void waitForRecalculation() {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(hashtext('relay-segment-recalculation'))")
                .getSingleResult();
    }

    /** The pin of a client: reason, by whom, when; null when the rules place it. */
    @SuppressWarnings("unchecked")
    Object[] of(UUID clientId) {
        List<Object[]> rows = em.createNativeQuery("select reason, pinned_by, pinned_at from segment_pin "
                + "where client_id = :client").setParameter("client", clientId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
