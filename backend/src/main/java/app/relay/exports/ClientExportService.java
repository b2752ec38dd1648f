package app.relay.exports;

import app.relay.access.CurrentUser;
import app.relay.access.Roles;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientFilter;
import app.relay.client.ClientService;
import app.relay.client.ClientView;
import app.relay.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports the clients one may see, through the same row rules and views as the API. A large export
 * is what a leaving manager copying the base looks like, so above a threshold it needs a supervisor.
 */
@RequestScoped
public class ClientExportService {
    static final List<String> HEADER = List.of("id", "name", "taxId", "kind", "industry", "country", "region", "city",
            "address", "website", "lifecycle", "segment", "owner", "coOwner", "team", "tags", "contacts", "createdAt",
            "updatedAt");
    private static final int MAX_ROWS = 100_000;

    private final ClientService clients;
    private final CurrentUser user;
    private final AuditLog audit;
    private final int supervisorThreshold;

    ClientExportService(ClientService clients, CurrentUser user, AuditLog audit,
            @ConfigProperty(name = "relay.export.supervisor-threshold") int supervisorThreshold) {
        this.clients = clients;
        this.user = user;
        this.audit = audit;
        this.supervisorThreshold = supervisorThreshold;
    }

    public String csv(ClientFilter filter) {
        List<ClientView> rows = clients.allMatching(filter, MAX_ROWS);
        if (rows.size() > supervisorThreshold && !user.hasAnyRole(Roles.HEAD_OF_SALES, Roles.DIRECTOR)) {
            audit.recordMany(AuditAction.export, "client", 0, "refused: " + rows.size() + " rows; " + filter.describe());
            throw ProblemException.forbidden("Exporting more than " + supervisorThreshold + " clients needs a head "
                    + "of sales or the director; narrow the filter or ask them");
        }
        audit.recordMany(AuditAction.export, "client", rows.size(), filter.describe());
        StringBuilder out = new StringBuilder(Csv.BOM).append(Csv.row(HEADER));
        for (ClientView c : rows) {
            out.append(Csv.row(List.of(c.id(), c.name(), nz(c.taxId()), c.kind(), nz(c.industry()), c.country(),
                    nz(c.region()), nz(c.city()), nz(c.address()), nz(c.website()), c.lifecycle(), nz(c.segment()),
                    nz(c.ownerName()), nz(c.coOwnerName()), nz(c.team()), String.join("; ", c.tags()),
                    c.contactCount(), c.createdAt(), c.updatedAt())));
        }
        return out.toString();
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }
}
