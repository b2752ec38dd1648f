package app.relay.identity;

import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.UserDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before every API call of a signed-in user: accepts tokens issued to Relay's own clients only
 * (the SPA and the integrations, not e.g. Keycloak's admin-cli), refuses people marked as leaving
 * (their tokens stay valid in Keycloak for a few minutes, Relay stops them at once) and keeps the
 * directory current.
 */
public class CallerFilter {
    /** The SPA, and every integration client (`relay-integration`, `relay-integration-north`, ...). */
    static boolean isRelayClient(String authorizedParty) {
        return authorizedParty != null
                && (authorizedParty.equals("relay-spa") || authorizedParty.startsWith("relay-integration"));
    }

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
        if (!isRelayClient(currentUser.authorizedParty())) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "This token was issued to another application; "
                    + "sign in through Relay or an integration client");
        }
        if (directory.hasDeparted(currentUser.id())) {
            throw new ProblemException(ProblemType.DEPARTED,
                    "Your access to Relay has ended; your clients are being handed over");
        }
        directory.record(currentUser);
    }
}
