package app.relay.identity;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start in production with a secret that ships with Relay's development setup, or a weak cursor key. */
@Singleton
public class ShippedSecretsCheck {
    static final String DEV_ADMIN_SECRET = "relay-backend-dev-secret";
    static final String DEV_CURSOR_KEY = "relay-dev-cursor-key";

    void check(@Observes StartupEvent start,
            @ConfigProperty(name = "relay.keycloak.admin-client-secret") String adminSecret,
            @ConfigProperty(name = "relay.cursor-key") String cursorKey) {
        refuseShippedSecrets(ConfigUtils.getProfiles(), adminSecret, cursorKey);
    }

    static void refuseShippedSecrets(Collection<String> profiles, String adminSecret, String cursorKey) {
        if (!profiles.contains("prod")) {
            return;
        }
        if (DEV_ADMIN_SECRET.equals(adminSecret)) {
            throw new IllegalStateException("RELAY_KEYCLOAK_ADMIN_CLIENT_SECRET is the development secret shipped "
                    + "with Relay; set the relay-backend client's real secret to run in production");
        }
        if (DEV_CURSOR_KEY.equals(cursorKey) || cursorKey.length() < 16) {
            throw new IllegalStateException("RELAY_CURSOR_KEY must be a secret of at least 16 characters of your own, "
                    + "the same on every instance");
        }
    }
}
