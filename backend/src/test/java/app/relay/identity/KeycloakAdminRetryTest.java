package app.relay.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When Keycloak cannot answer, an admin call is tried again; when it refuses, it is not. */
class KeycloakAdminRetryTest {

    @Test
    void aCallKeycloakCouldNotAnswerIsTriedAgain() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        String answer = KeycloakAdmin.retrying("test", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new ProcessingException("connection refused");
            }
            if (calls.get() == 2) {
                throw new ServiceUnavailableException();
            }
            return "done";
        });
        assertThat(answer).isEqualTo("done");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aRefusalIsFinalAndAnOutageGivesUpAfterThreeTries() {
        AtomicInteger refused = new AtomicInteger();
        assertThatThrownBy(() -> KeycloakAdmin.retrying("test", () -> {
            refused.incrementAndGet();
            throw new NotFoundException();
        })).isInstanceOf(NotFoundException.class);
        assertThat(refused).hasValue(1);

        AtomicInteger down = new AtomicInteger();
        assertThatThrownBy(() -> KeycloakAdmin.retrying("list roles", () -> {
            down.incrementAndGet();
            throw new ProcessingException("connection refused");
        })).isInstanceOf(IOException.class).hasMessageContaining("list roles");
        assertThat(down).hasValue(3);
    }
}
