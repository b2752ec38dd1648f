package app.relay.pipeline;

import app.relay.client.Lifecycle;
import app.relay.identity.Actor;
import app.relay.identity.Roles;

/**
 * The conveyor's phases, in order: lead generators find and qualify prospects, sales managers close the first deal,
 * account managers keep the customer; a client may be lost from any of them.
 */
public enum Phase {
    lead(Roles.LEAD_GENERATOR), sales(Roles.SALES_MANAGER), account(Roles.ACCOUNT_MANAGER), lost(null);

    /** Who is handed the clients entering this phase (round-robin); none for lost. */
    private final String role;

    Phase(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    /** Whether this person's role works clients in this phase (supervisors, integrations and jobs work in all). */
    boolean worksIn(Actor me) {
        if (me.isSystem() || me.hasAnyRole(Roles.DIRECTOR, Roles.HEAD_OF_SALES, Roles.INTEGRATION)) {
            return true;
        }
        return switch (this) {
            // Sales managers take leads of their own too; a lost client is worked again only when reopened.
            case lead -> me.hasAnyRole(Roles.LEAD_GENERATOR, Roles.SALES_MANAGER);
            case sales -> me.hasRole(Roles.SALES_MANAGER);
            case account -> me.hasRole(Roles.ACCOUNT_MANAGER);
            case lost -> false;
        };
    }

    /** The lifecycle a client has in this phase; a customer already active or passive stays so. */
    Lifecycle lifecycle(Lifecycle current) {
        return switch (this) {
            case lead, sales -> Lifecycle.prospect;
            case account -> current == Lifecycle.active || current == Lifecycle.passive ? current : Lifecycle.active;
            case lost -> Lifecycle.lost;
        };
    }

    /** The phase a client passes on to from this one, or null. */
    Phase next() {
        return switch (this) {
            case lead -> sales;
            case sales -> account;
            default -> null;
        };
    }
}
