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
import app.relay.identity.UserDirectory;
import app.relay.outbox.Outbox;
import app.relay.outbox.OutboxState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Marks a person as leaving: Relay refuses them at once and Keycloak disables them; their records stay. */
@RequestScoped
public class DepartureService {
    private final EntityManager em;
    private final ActingParty caller;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Capabilities capabilities;
    private final RowScope scope;
    private final UserDirectory directory;

    DepartureService(EntityManager em, ActingParty caller, Outbox outbox, AuditLog audit,
            Capabilities capabilities, RowScope scope, UserDirectory directory) {
        this.directory = directory;
        this.scope = scope;
        this.capabilities = capabilities;
        this.em = em;
        this.caller = caller;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Relay refuses the person from the commit on; Keycloak is told right after it, and if it cannot be reached
     * the outbox tells it once it answers (the account closing is written in the same transaction).
     */
    public DepartureView markLeaving(String userId, DepartureInput input) {
        Marked marked = QuarkusTransaction.requiringNew().call(() -> markInRelay(userId, input));
        boolean closed = afterMarked(userId, marked.closing());
        AppUser user = marked.user();
        return new DepartureView(user.id, user.departedAt, user.departedBy, user.departureNote, closed,
                accountClosing(userId));
    }

    /**
     * Marks the person as leaving in the caller's transaction, as part of a larger change (a dismissal's handover);
     * answers the account closing to hand to {@link #afterMarked} once that transaction has committed.
     */
    public long markWithin(String userId, DepartureInput input) {
        return markInRelay(userId, input).closing();
    }

    /** After the commit: refused at once on this instance, and Keycloak told (or the outbox keeps trying). */
    public boolean afterMarked(String userId, long closing) {
        directory.departed(userId);
        return outbox.deliverNow(closing);
    }

    /** Where closing the person's Keycloak account stands; null while they have not left. */
    public AccountClosingView accountClosing(String userId) {
        return outbox.latest(AccountClosing.KIND, userId).map(AccountClosingView::of).orElse(null);
    }

    /** The same for many people at once, for the directory page. */
    public Map<String, AccountClosingView> accountClosings(Collection<String> userIds) {
        Map<String, AccountClosingView> views = new HashMap<>();
        outbox.latest(AccountClosing.KIND, userIds).forEach((id, state) -> views.put(id, AccountClosingView.of(state)));
        return views;
    }

    private record Marked(AppUser user, long closing) {
    }

    private Marked markInRelay(String userId, DepartureInput input) {
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
        // Once per person (someone marked before the outbox existed gets theirs on the next marking).
        long closing = outbox.latest(AccountClosing.KIND, userId).map(OutboxState::id)
                .orElseGet(() -> outbox.enqueue(AccountClosing.KIND, userId, null));
        return new Marked(user, closing);
    }

    /** Whether the caller may mark this person as leaving: the director and admins anyone, a head of sales their team. */
    public boolean maySupervise(AppUser user) {
        if (!capabilities.has(Capability.PEOPLE_DEPART) || user.id.equals(caller.id())) {
            return false;
        }
        return scope.supervises(user.teams == null ? List.of() : user.teams);
    }
}
