package app.relay.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Relay is not ready while Keycloak is out of reach: nobody can sign in, and new signing keys cannot be
 * fetched. Probed at most every few seconds, with a short timeout, so that probes stay cheap.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REUSE = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI discovery;
    private volatile Instant probedAt = Instant.MIN;
    private volatile boolean reachable;

    KeycloakReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.discovery = URI.create(realmUrl + "/.well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        if (probedAt.plus(REUSE).isBefore(Instant.now())) {
            reachable = probe();
            probedAt = Instant.now();
        }
        return HealthCheckResponse.named("Keycloak").status(reachable).withData("realm", discovery.toString()).build();
    }

    private boolean probe() {
        try {
            HttpRequest request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
