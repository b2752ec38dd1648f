package app.relay.identity;

import app.relay.common.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps the people directory in step with Keycloak (accounts, names, Relay roles, teams, enabled state),
 * so that someone who never signed in can be given clients and an account disabled in Keycloak shows.
 * Runs every few minutes on one instance at a time (a PostgreSQL advisory lock); people Keycloak no
 * longer has stay in the directory, with their history.
 */
@ApplicationScoped
public class DirectorySync {
    private static final Logger LOG = Logger.getLogger(DirectorySync.class);

    private final KeycloakAdmin keycloak;
    private final EntityManager em;

    DirectorySync(KeycloakAdmin keycloak, EntityManager em) {
        this.keycloak = keycloak;
        this.em = em;
    }

    @Scheduled(every = "${relay.directory.sync-every:5m}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            int people = syncNow();
            LOG.debugf("Directory synchronised from Keycloak: %d people", people);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Directory not synchronised from Keycloak this time: %s", e.getMessage());
        }
    }

    /** Reads Keycloak and writes the directory; returns how many people were written (0 if another instance runs it). */
    public int syncNow() throws IOException {
        List<KeycloakAdmin.Person> people = keycloak.people();
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = (Boolean) em.createNativeQuery(
                    "select pg_try_advisory_xact_lock(hashtext('relay-directory-sync'))").getSingleResult();
            if (!mine) {
                return 0;
            }
            people.forEach(this::write);
            return people.size();
        });
    }

    private void write(KeycloakAdmin.Person person) {
        em.createNativeQuery("""
                insert into app_user (id, username, full_name, email, roles, teams, enabled, synced_at)
                values (:id, :username, :name, :email, cast(:roles as text[]), cast(:teams as text[]), :enabled, now())
                on conflict (id) do update set username = excluded.username, full_name = excluded.full_name,
                    email = excluded.email, roles = excluded.roles, teams = excluded.teams,
                    enabled = excluded.enabled, synced_at = now()
                """)
                .setParameter("id", person.id())
                .setParameter("username", person.username())
                .setParameter("name", person.fullName())
                .setParameter("email", person.email())
                .setParameter("roles", SqlValues.textArray(person.roles()))
                .setParameter("teams", SqlValues.textArray(person.teams()))
                .setParameter("enabled", person.enabled())
                .executeUpdate();
    }
}
