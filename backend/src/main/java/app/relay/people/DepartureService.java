package app.relay.people;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.RowScope;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Clock;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import app.relay.identity.AppUser;
import app.relay.identity.KeycloakAdmin;
import app.relay.identity.UserDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Marks a person as leaving: Relay refuses them at once and Keycloak disables them; their records stay. */
@RequestScoped
public class DepartureService {
    private final EntityManager em;
    private final ActingParty caller;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final Capabilities capabilities;
    private final RowScope scope;
    private final UserDirectory directory;

    DepartureService(EntityManager em, ActingParty caller, KeycloakAdmin keycloak, AuditLog audit,
            Capabilities capabilities, RowScope scope, UserDirectory directory) {
        this.directory = directory;
        this.scope = scope;
        this.capabilities = capabilities;
        this.em = em;
        this.caller = caller;
        this.keycloak = keycloak;
        this.audit = audit;
    }

    public DepartureView markLeaving(String userId, DepartureInput input) {
        AppUser user = QuarkusTransaction.requiringNew().call(() -> markInRelay(userId, input));
        directory.departed(userId);
        // After the commit: even if Keycloak cannot be reached, Relay already refuses the user.
        boolean disabled = keycloak.disableAndLogOut(userId);
        return new DepartureView(user.id, user.departedAt, user.departedBy, user.departureNote, disabled);
    }

    private AppUser markInRelay(String userId, DepartureInput input) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw ProblemException.notFound("User");
        }
        if (userId.equals(caller.id())) {
            throw new ProblemException(ProblemType.CONFLICT, "You cannot mark yourself as leaving");
        }
        if (!maySupervise(user)) {
            throw ProblemException.forbidden("Only the director, an admin, or the head of sales of their team "
                    + "may mark someone as leaving");
        }
        if (!user.hasDeparted()) {
            user.departedAt = Clock.now();
            user.departedBy = caller.id();
            user.departureNote = input == null ? null : input.note();
            audit.record(AuditAction.departure, "user", null, null, 1, "user=" + userId);
        }
        return user;
    }

    /** Whether the caller may mark this person as leaving: the director and admins anyone, a head of sales their team. */
    public boolean maySupervise(AppUser user) {
        if (!capabilities.has(Capability.PEOPLE_DEPART) || user.id.equals(caller.id())) {
            return false;
        }
        return scope.supervises(user.teams == null ? List.of() : user.teams);
    }
}
