package app.relay.access;

import app.relay.common.ProblemException;
import app.relay.identity.ActingParty;
import app.relay.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;

/**
 * The one place where roles become capabilities. Services ask here; `/me` lists them for the SPA.
 * Rights that depend on the target (a head of sales departs only their team) narrow these further.
 */
@RequestScoped
public class Capabilities {
    private final ActingParty user;
    private final FieldAccess fields;

    Capabilities(ActingParty user, FieldAccess fields) {
        this.user = user;
        this.fields = fields;
    }

    public boolean has(Capability capability) {
        if (user.actor().onNotice()) {
            return false; // serving notice: reading their own clients and writing up the handover, nothing more
        }
        return switch (capability) {
            // Owners are assigned by those the field rules let write `client.ownerId` (and by handovers).
            case CLIENTS_ASSIGN -> fields.baseLevel("client.ownerId").atLeast(AccessLevel.write);
            // Managers and supervisors delete (softly); lead generators and integrations do not.
            case CLIENTS_DELETE -> user.hasAnyRole(Roles.HEAD_OF_SALES, Roles.DIRECTOR, Roles.ADMIN,
                    Roles.SALES_MANAGER, Roles.ACCOUNT_MANAGER);
            case CLIENTS_RESTORE -> user.hasAnyRole(Roles.HEAD_OF_SALES, Roles.DIRECTOR, Roles.ADMIN);
            // A job ends a notice period's access once the last working day has passed.
            case PEOPLE_DEPART -> user.actor().isSystem()
                    || user.hasAnyRole(Roles.HEAD_OF_SALES, Roles.DIRECTOR, Roles.ADMIN);
            case AUDIT_READ, EXPORTS_UNLIMITED -> user.hasAnyRole(Roles.HEAD_OF_SALES, Roles.DIRECTOR);
            // Field rules and the letters' wording are kept by admins.
            case FIELD_RULES_MANAGE, LETTERS_MANAGE -> user.hasRole(Roles.ADMIN);
            // Rates come from accounting (an integration) or are kept by hand by an admin or the director.
            case EXCHANGE_RATES_MANAGE -> user.hasAnyRole(Roles.ADMIN, Roles.DIRECTOR, Roles.INTEGRATION);
            // How the base is segmented is the company's rule: the director sets it, an admin keeps it.
            case SEGMENTS_MANAGE -> user.hasAnyRole(Roles.ADMIN, Roles.DIRECTOR);
            // Recalculating moves clients: their supervisors (within their teams) and Relay's nightly job.
            case SEGMENTS_RECALCULATE -> user.actor().isSystem()
                    || user.hasAnyRole(Roles.DIRECTOR, Roles.HEAD_OF_SALES);
            // The conveyor's stages are the company's process, like its segments.
            case PIPELINE_MANAGE -> user.hasAnyRole(Roles.ADMIN, Roles.DIRECTOR);
            // Back a phase (a customer to sales, a lost client reopened) or over one: the supervisors' call.
            case PIPELINE_MOVE_BACK -> user.actor().isSystem()
                    || user.hasAnyRole(Roles.DIRECTOR, Roles.HEAD_OF_SALES);
        };
    }

    /** Refuses with a 403 problem saying what is missing. */
    public void require(Capability capability, String detail) {
        if (!has(capability)) {
            throw ProblemException.forbidden(detail);
        }
    }

    /** The caller's capabilities by their wire names, for `/me`. */
    public List<String> all() {
        return Arrays.stream(Capability.values()).filter(this::has).map(Capability::wireName).toList();
    }
}
