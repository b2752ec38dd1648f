package app.relay.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedSecretsCheckTest {
    private static final String OWN_CURSOR_KEY = "a-cursor-key-of-our-own";

    @Test
    void productionRefusesTheShippedDevelopmentSecret() {
        assertThatThrownBy(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("prod"),
                ShippedSecretsCheck.DEV_ADMIN_SECRET, OWN_CURSOR_KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELAY_KEYCLOAK_ADMIN_CLIENT_SECRET");
    }

    @Test
    void productionStartsWithItsOwnSecretAndDevelopmentWithTheShippedOne() {
        assertThatCode(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("prod"), "a-real-secret", OWN_CURSOR_KEY))
                .doesNotThrowAnyException();
        assertThatCode(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("dev"),
                ShippedSecretsCheck.DEV_ADMIN_SECRET, ShippedSecretsCheck.DEV_CURSOR_KEY)).doesNotThrowAnyException();
    }

    @Test
    void productionRefusesTheShippedOrAShortCursorKey() {
        assertThatThrownBy(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("prod"), "a-real-secret",
                ShippedSecretsCheck.DEV_CURSOR_KEY)).hasMessageContaining("RELAY_CURSOR_KEY");
        assertThatThrownBy(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("prod"), "a-real-secret", "short"))
                .hasMessageContaining("RELAY_CURSOR_KEY");
    }
}
