package app.relay.user;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start in production with a secret that ships in the repository's development realm. */
@Singleton
public class ShippedSecretsCheck {
    static final String DEV_ADMIN_SECRET = "relay-backend-dev-secret";

    void check(@Observes StartupEvent start,
            @ConfigProperty(name = "relay.keycloak.admin-client-secret") String adminSecret) {
        refuseShippedSecrets(ConfigUtils.getProfiles(), adminSecret);
    }

    static void refuseShippedSecrets(Collection<String> profiles, String adminSecret) {
        if (profiles.contains("prod") && DEV_ADMIN_SECRET.equals(adminSecret)) {
            throw new IllegalStateException("RELAY_KEYCLOAK_ADMIN_CLIENT_SECRET is the development secret shipped "
                    + "with Relay; set the relay-backend client's real secret to run in production");
        }
    }
}
