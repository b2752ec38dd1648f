package app.relay.handover;

import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.people.DepartureInput;
import app.relay.people.DepartureService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A person who resigned keeps working on their handover until their last working day; when it has passed and
 * the handover is not completed yet, this job ends their access (as the system), as a dismissal would. Runs
 * every quarter of an hour; marking someone twice changes nothing, so several instances may run it.
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

    @Scheduled(every = "${relay.jobs.notice-end.every:15m}", delayed = "30s", identity = NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regularly() {
        run();
    }

    /** Ends the access of everyone whose notice is over; answers who. */
    @ActivateRequestContext
    @SuppressWarnings("unchecked")
    public List<String> run() {
        acting.actAs(Actor.system(NAME));
        List<Object[]> due = em.createNativeQuery("select h.user_id, h.id from handover h join app_user u on u.id = h.user_id "
                + "where h.kind = 'departure' and h.state in ('draft', 'submitted', 'approved') "
                + "and h.last_working_day < current_date and u.departed_at is null").getResultList();
        for (Object[] row : due) {
            departures.markLeaving((String) row[0], new DepartureInput("notice ended, handover " + row[1]));
            LOG.infof("access of %s ended: their last working day has passed", row[0]);
        }
        return due.stream().map(row -> (String) row[0]).toList();
    }
}
