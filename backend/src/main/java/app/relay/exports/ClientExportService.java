package app.relay.exports;

import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientFilter;
import app.relay.client.ClientService;
import app.relay.client.ClientView;
import app.relay.common.ProblemException;
import app.relay.access.Capabilities;
import app.relay.access.Capability;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports the clients one may see, through the same row rules and views as the API. A large export
 * is what a leaving manager copying the base looks like, so above a threshold it needs a supervisor.
 */
@RequestScoped
public class ClientExportService {
    /** Column headers for people (a spreadsheet is read by them); the id column lets a re-import find the client. */
    public static final List<String> HEADER = List.of("Relay id", "Name", "Tax id", "Company or person", "Industry",
            "Country", "Region", "City", "Address", "Web site", "Lifecycle", "Segment", "Owner", "Co-owner", "Team", "Tags",
            "Contact persons", "Created", "Updated");
    private static final int MAX_ROWS = 100_000;

    private final ClientService clients;
    private final Capabilities capabilities;
    private final AuditLog audit;
    private final int supervisorThreshold;

    ClientExportService(ClientService clients, Capabilities capabilities, AuditLog audit,
            @ConfigProperty(name = "relay.export.supervisor-threshold") int supervisorThreshold) {
        this.clients = clients;
        this.capabilities = capabilities;
        this.audit = audit;
        this.supervisorThreshold = supervisorThreshold;
    }

    public String csv(ClientFilter filter) {
        return Csv.of(table(filter, "csv"));
    }

    public byte[] xlsx(ClientFilter filter) {
        return Xlsx.of("Clients", table(filter, "xlsx"));
    }

    /** The rows the caller may export, after the supervisor check; the export is audited either way. */
    private ExportTable table(ClientFilter filter, String format) {
        List<ClientView> found = clients.allMatching(filter, MAX_ROWS);
        String detail = format + "; " + filter.describe();
        if (found.size() > supervisorThreshold && !capabilities.has(Capability.EXPORTS_UNLIMITED)) {
            audit.recordMany(AuditAction.export, "client", 0, "refused: " + found.size() + " rows; " + detail);
            throw ProblemException.forbidden("Exporting more than " + supervisorThreshold + " clients needs a head "
                    + "of sales or the director; narrow the filter or ask them");
        }
        audit.recordMany(AuditAction.export, "client", found.size(), detail);
        List<List<Object>> rows = found.stream().map(ClientExportService::cells).toList();
        return new ExportTable(HEADER, rows);
    }

    private static List<Object> cells(ClientView c) {
        // Any field but the id may have been withheld by the field rules: null is an empty cell.
        return Arrays.asList(c.id().toString(), c.name(), c.taxId(), ExportLabels.of(c.kind()), c.industry(),
                ExportLabels.country(c.country()), c.region(), c.city(), c.address(), c.website(),
                ExportLabels.of(c.lifecycle()), ExportLabels.of(c.segment()), c.ownerName(),
                c.coOwnerName(), c.team(), c.tags() == null ? null : String.join("; ", c.tags()), c.contactCount(),
                c.createdAt(), c.updatedAt());
    }
}
