package app.relay.handover;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.people.DepartureInput;
import app.relay.people.DepartureService;
import app.relay.people.DepartureView;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A person who resigned keeps working on their handover until their last working day; when it has passed and
 * the handover is not completed yet, this job ends their access (as the system), as a dismissal would. Runs
 * every quarter of an hour; marking someone twice changes nothing (the departure is recorded once).
 */
@ApplicationScoped
public class NoticeEndJob {
    public static final String NAME = "notice-end";
    private static final Logger LOG = Logger.getLogger(NoticeEndJob.class);

    @Inject
    EntityManager em;
    @Inject
    ActingParty acting;
    @Inject
    DepartureService departures;
    @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC")
    ZoneId zone;

    @Scheduled(every = "${relay.jobs.notice-end.every:15m}", delayed = "30s", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Ends the access of everyone whose notice is over (by the company's calendar); answers who. */
    @ActivateRequestContext
    @SuppressWarnings("unchecked")
    public List<String> run() {
        acting.actAs(Actor.system(NAME));
        List<Object[]> due = em.createNativeQuery("select h.user_id, h.id from handover h join app_user u on u.id = h.user_id "
                        + "where h.kind = 'departure' and h.state in ('draft', 'submitted', 'approved') "
                        + "and h.last_working_day < :today and u.departed_at is null order by h.last_working_day, h.id")
                .setParameter("today", LocalDate.now(zone)).getResultList();
        List<String> ended = new ArrayList<>();
        for (Object[] row : due) {
            String person = (String) row[0];
            try {
                if (!stillOpen((UUID) row[1])) {
                    continue; // cancelled or completed since: a withdrawn resignation keeps its access
                }
                DepartureView done = departures.markLeaving(person, new DepartureInput("notice ended, handover " + row[1]));
                ended.add(person);
                if (done.keycloakDisabled()) {
                    LOG.infof("access of %s ended: their last working day has passed", person);
                } else {
                    LOG.warnf("access of %s ended in Relay; Keycloak could not disable the account yet, the outbox keeps trying",
                            person);
                }
            } catch (RuntimeException e) {
                // One person's failure does not keep the others in.
                LOG.errorf(e, "could not end the access of %s", person);
            }
        }
        return ended;
    }

    private boolean stillOpen(UUID handover) {
        return !em.createNativeQuery("select 1 from handover where id = :id and state in ('draft', 'submitted', 'approved')")
                .setParameter("id", handover).getResultList().isEmpty();
    }
}
