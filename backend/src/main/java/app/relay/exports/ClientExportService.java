package app.relay.exports;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.access.SegmentCatalog;
import app.relay.access.ClientContext;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.ClientFilter;
import app.relay.client.ClientInScope;
import app.relay.client.ClientService;
import app.relay.client.ClientView;
import app.relay.common.ProblemException;
import app.relay.contact.ContactChannel;
import app.relay.contact.ContactService;
import app.relay.contact.ContactView;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports the clients one may see, and their contact persons, through the same row rules and field rules
 * as the API, in the reader's language. A large export is what a leaving manager copying the base looks
 * like, so above a threshold it needs a supervisor.
 */
@RequestScoped
public class ClientExportService {
    /** Column headers (keys of `exports/labels*.properties`); the id columns let a re-import find the records. */
    static final List<String> CLIENT_COLUMNS = List.of("id", "name", "taxId", "kind", "industry", "country", "region",
            "city", "address", "website", "lifecycle", "segment", "owner", "coOwner", "team", "tags", "contacts",
            "created", "updated");
    static final List<String> CONTACT_COLUMNS = List.of("id", "clientId", "client", "fullName", "position", "functions",
            "channels", "preferredChannel", "birthday", "hobbies", "familyNotes", "consent", "language", "created", "updated");
    private static final int MAX_ROWS = 100_000;

    private final ClientService clients;
    private final ContactService contacts;
    private final Capabilities capabilities;
    private final AuditLog audit;
    private final int supervisorThreshold;
    private final SegmentCatalog segments;

    ClientExportService(ClientService clients, ContactService contacts, Capabilities capabilities, AuditLog audit,
            SegmentCatalog segments, @ConfigProperty(name = "relay.export.supervisor-threshold") int supervisorThreshold) {
        this.segments = segments;
        this.clients = clients;
        this.contacts = contacts;
        this.capabilities = capabilities;
        this.audit = audit;
        this.supervisorThreshold = supervisorThreshold;
    }

    public String clientsCsv(ClientFilter filter, ExportLabels labels) {
        List<ClientInScope> found = allowed(filter, "csv");
        audit.recordMany(AuditAction.export, "client", found.size(), "csv; " + filter.describe());
        return Csv.of(clientTable(found, labels));
    }

    /** The contact persons of the clients the filter finds: the second file of a CSV export. */
    public String contactsCsv(ClientFilter filter, ExportLabels labels) {
        List<ClientInScope> found = allowed(filter, "csv of contact persons");
        ExportTable contactTable = contactTable(found, labels);
        audit.recordMany(AuditAction.export, "contact", contactTable.rows().size(),
                "csv of the contact persons of " + found.size() + " clients; " + filter.describe());
        return Csv.of(contactTable);
    }

    /** One workbook: the clients on the first sheet, their contact persons on the second. */
    public byte[] xlsx(ClientFilter filter, ExportLabels labels) {
        List<ClientInScope> found = allowed(filter, "xlsx");
        ExportTable contactTable = contactTable(found, labels);
        // Filtering the log on exported contact persons finds workbooks too.
        audit.recordMany(AuditAction.export, "contact", contactTable.rows().size(),
                "xlsx, the contact persons of " + found.size() + " clients; " + filter.describe());
        audit.recordMany(AuditAction.export, "client", found.size(),
                "xlsx, contact persons: " + contactTable.rows().size() + "; " + filter.describe());
        Map<String, ExportTable> sheets = new LinkedHashMap<>();
        sheets.put(labels.text("sheet.clients"), clientTable(found, labels));
        sheets.put(labels.text("sheet.contacts"), contactTable);
        return Xlsx.of(sheets);
    }

    /** The clients the caller may export, after the supervisor check; a refusal is audited here, an export by its caller. */
    private List<ClientInScope> allowed(ClientFilter filter, String format) {
        List<ClientInScope> found = clients.allMatching(filter, MAX_ROWS);
        if (found.size() > supervisorThreshold && !capabilities.has(Capability.EXPORTS_UNLIMITED)) {
            audit.recordMany(AuditAction.export, "client", 0,
                    "refused: " + found.size() + " rows; " + format + "; " + filter.describe());
            throw ProblemException.forbidden("Exporting more than " + supervisorThreshold + " clients needs a head "
                    + "of sales or the director; narrow the filter or ask them");
        }
        return found;
    }

    private ExportTable clientTable(List<ClientInScope> found, ExportLabels labels) {
        Map<String, String> segmentNames = new java.util.HashMap<>();
        segments.all().forEach(segment -> segmentNames.put(segment.key(), segment.name(labels.language())));
        return new ExportTable(headers(CLIENT_COLUMNS, labels),
                found.stream().map(client -> clientCells(client.view(), labels, segmentNames)).toList());
    }

    private ExportTable contactTable(List<ClientInScope> found, ExportLabels labels) {
        Map<UUID, ClientContext> contexts = new LinkedHashMap<>();
        found.forEach(client -> contexts.put(client.view().id(), client.context()));
        Map<UUID, List<ContactView>> byClient = contacts.liveOf(contexts);
        List<List<Object>> rows = new ArrayList<>();
        for (ClientInScope client : found) {
            for (ContactView contact : byClient.getOrDefault(client.view().id(), List.of())) {
                rows.add(contactCells(client.view(), contact, labels));
            }
        }
        return new ExportTable(headers(CONTACT_COLUMNS, labels), rows);
    }

    private static List<String> headers(List<String> columns, ExportLabels labels) {
        return columns.stream().map(column -> labels.text("header." + column)).toList();
    }

    private static List<Object> clientCells(ClientView c, ExportLabels labels, Map<String, String> segmentNames) {
        // Any field but the id may have been withheld by the field rules: null is an empty cell.
        return Arrays.asList(c.id().toString(), c.name(), c.taxId(), labels.of(c.kind()), c.industry(),
                labels.country(c.country()), c.region(), c.city(), c.address(), c.website(),
                labels.of(c.lifecycle()), c.segment() == null ? null : segmentNames.getOrDefault(c.segment(), c.segment()), c.ownerName(),
                c.coOwnerName(), c.team(), c.tags() == null ? null : String.join("; ", c.tags()), c.contactCount(),
                c.createdAt(), c.updatedAt());
    }

    private static List<Object> contactCells(ClientView client, ContactView c, ExportLabels labels) {
        return Arrays.asList(c.id().toString(), client.id().toString(), client.name(), c.fullName(), c.position(),
                c.functions() == null ? null : c.functions().stream().map(labels::of).collect(Collectors.joining("; ")),
                c.channels() == null ? null : c.channels().stream().map(channel -> channel(channel, labels))
                        .collect(Collectors.joining("; ")),
                labels.of(c.preferredChannel()), Objects.toString(c.birthday(), null), c.hobbies(), c.familyNotes(),
                labels.yesNo(c.consent()), Objects.toString(c.language(), null), c.createdAt(), c.updatedAt());
    }

    /** `+40721234567`, or `+40744000111 (personal)`: a personal channel leaves with its owner, so it says so. */
    private static String channel(ContactChannel channel, ExportLabels labels) {
        return !channel.corporate()
                ? channel.value() + " (" + labels.text("channel.personal") + ")"
                : channel.value();
    }
}
