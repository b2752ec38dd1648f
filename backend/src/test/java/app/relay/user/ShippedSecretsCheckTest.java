package app.relay.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedSecretsCheckTest {

    @Test
    void productionRefusesTheShippedDevelopmentSecret() {
        assertThatThrownBy(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("prod"),
                ShippedSecretsCheck.DEV_ADMIN_SECRET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELAY_KEYCLOAK_ADMIN_CLIENT_SECRET");
    }

    @Test
    void productionStartsWithItsOwnSecretAndDevelopmentWithTheShippedOne() {
        assertThatCode(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("prod"), "a-real-secret"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ShippedSecretsCheck.refuseShippedSecrets(List.of("dev"),
                ShippedSecretsCheck.DEV_ADMIN_SECRET)).doesNotThrowAnyException();
    }
}
