package app.relay.identity;

import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/** The company's teams: Keycloak groups under `/teams`, read at most once a minute. */
@ApplicationScoped
public class Teams {
    private static final Logger LOG = Logger.getLogger(Teams.class);
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final KeycloakAdmin keycloak;
    private volatile List<String> known;
    private volatile Instant readAt = Instant.MIN;

    Teams(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    public boolean exists(String team) {
        return current().contains(team);
    }

    /** The teams now; the last ones read while Keycloak is unreachable, or a 503 if none were ever read. */
    public List<String> current() {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            try {
                known = List.copyOf(keycloak.teams());
                readAt = Instant.now();
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Could not read the teams from Keycloak: %s", e.getMessage());
            }
        }
        if (known == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The teams cannot be read from Keycloak right now; "
                    + "try again in a moment");
        }
        return known;
    }
}
