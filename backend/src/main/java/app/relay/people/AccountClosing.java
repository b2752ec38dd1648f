package app.relay.people;

import app.relay.identity.KeycloakAdmin;
import app.relay.outbox.OutboxHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Once someone has left, their Keycloak account is disabled and its sessions ended, so that they can sign in
 * to no application of the realm; through the outbox, so that Keycloak being away delays it but never loses it.
 */
@ApplicationScoped
class AccountClosing implements OutboxHandler {
    static final String KIND = "keycloak.close-account";

    private final KeycloakAdmin keycloak;
    private final EntityManager em;

    AccountClosing(KeycloakAdmin keycloak, EntityManager em) {
        this.keycloak = keycloak;
        this.em = em;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String userId, String payload) throws Exception {
        keycloak.closeAccount(userId);
        // The directory shows it at once, without waiting for the next synchronisation from Keycloak.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set enabled = false "
                + "where id = :id").setParameter("id", userId).executeUpdate());
    }
}
