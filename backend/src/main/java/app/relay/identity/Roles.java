package app.relay.identity;

import java.util.List;

/** Relay's realm roles, as Keycloak issues them in `realm_access.roles`. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String DIRECTOR = "director";
    public static final String HEAD_OF_SALES = "head-of-sales";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String ACCOUNT_MANAGER = "account-manager";
    public static final String LEAD_GENERATOR = "lead-generator";
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(
            ADMIN, DIRECTOR, HEAD_OF_SALES, SALES_MANAGER, ACCOUNT_MANAGER, LEAD_GENERATOR, INTEGRATION);

    private Roles() {
    }
}
