package app.relay.identity;

import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before every API call of a signed-in user: accepts tokens issued to Relay's own clients only
 * (the SPA and the integrations, not e.g. Keycloak's admin-cli), refuses people marked as leaving
 * (their tokens stay valid in Keycloak for a few minutes, Relay stops them at once) and keeps the
 * directory current. It sets the request's acting party, with the address it connects from; a person
 * serving their notice acts as such, and is refused whatever {@link NoticePeriod} does not leave open.
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
    JsonWebToken token;
    @Inject
    ActingParty acting;
    @Inject
    UserDirectory directory;

    @ServerRequestFilter
    public void checkCaller(HttpServerRequest request) {
        if (identity.isAnonymous()) {
            return;
        }
        if (!isRelayClient(token.getClaim("azp"))) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "This token was issued to another application; "
                    + "sign in through Relay or an integration client");
        }
        // The connecting address, or the one a trusted proxy forwarded (Quarkus applies RELAY_TRUSTED_PROXIES).
        SocketAddress from = request.remoteAddress();
        Actor caller = acting.fromToken(from == null ? null : from.hostAddress());
        if (directory.isOnNotice(caller.id())) {
            caller = caller.servingNotice();
        }
        acting.actAs(caller);
        if (directory.hasDeparted(caller.id())) {
            throw new ProblemException(ProblemType.DEPARTED,
                    "Your access to Relay has ended; your clients are being handed over");
        }
        if (caller.onNotice() && !NoticePeriod.allows(request.method().name(), request.path())) {
            throw new ProblemException(ProblemType.NOTICE_PERIOD, "During your notice period Relay is open for your "
                    + "handover only: reading your own clients and writing up their handover");
        }
        directory.record(caller);
    }
}
