package app.relay.identity;

import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.UserDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before every API call of a signed-in user: refuses people marked as leaving (their tokens
 * stay valid in Keycloak for a few minutes, Relay stops them at once) and keeps the directory current.
 */
public class CallerFilter {
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserDirectory directory;

    @ServerRequestFilter
    public void checkCaller() {
        if (identity.isAnonymous()) {
            return;
        }
        if (directory.hasDeparted(currentUser.id())) {
            throw new ProblemException(ProblemType.DEPARTED,
                    "Your access to Relay has ended; your clients are being handed over");
        }
        directory.record(currentUser);
    }
}
