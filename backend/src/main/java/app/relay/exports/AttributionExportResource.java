package app.relay.exports;

import app.relay.attribution.AttributionPeriod;
import app.relay.attribution.AttributionReport;
import app.relay.attribution.AttributionView;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.identity.ActingParty;
import app.relay.identity.UserDirectory;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The attribution report as a workbook: the same figures, to the same people, as the API's; audited as an export. */
@Path("/api/v1/exports/attribution.xlsx")
@Authenticated
@Tag(name = "Exports")
public class AttributionExportResource {
    private static final List<String> PEOPLE = List.of("person", "found", "qualified", "closed", "manages", "total",
            "orders");

    private final AttributionReport report;
    private final AuditLog audit;
    private final ActingParty user;
    private final UserDirectory directory;

    AttributionExportResource(AttributionReport report, AuditLog audit, ActingParty user, UserDirectory directory) {
        this.report = report;
        this.audit = audit;
        this.user = user;
        this.directory = directory;
    }

    @GET
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The attribution report of a period as an Excel workbook",
            description = "Headers are in the language you chose in Relay, else in the first of Accept-Language that "
                    + "Relay speaks (en, ro, ru, es).")
    @APIResponse(responseCode = "200", description = "Two sheets: the people and their amounts per role; the period, "
            + "the split and, for supervisors, the orders counted, left out and credited to no one",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "The field rules hide order amounts from you")
    public Response xlsx(@Parameter(description = AttributionPeriod.FROM) @RestQuery String from,
            @Parameter(description = AttributionPeriod.TO) @RestQuery String to, @Context HttpHeaders headers) {
        AttributionPeriod period = AttributionPeriod.parse(from, to, report.today());
        AttributionView view = report.compute(period.from(), period.to());
        ExportLabels labels = ExportLabels.forReader(directory.languageOf(user.id()), headers);
        Map<String, ExportTable> sheets = new LinkedHashMap<>();
        sheets.put(labels.text("sheet.attribution"), people(view, labels));
        sheets.put(labels.text("sheet.attributionPeriod"), period(view, labels));
        audit.recordMany(AuditAction.export, "attribution", view.people().size(),
                "xlsx of the attribution report " + view.from() + " – " + view.to());
        return ClientExportResource.attachment(Xlsx.of(sheets), Xlsx.MEDIA_TYPE, "attribution", "xlsx");
    }

    private static ExportTable people(AttributionView view, ExportLabels labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (AttributionView.Person person : view.people()) {
            rows.add(row(person.name(), person.amounts(), person.orders()));
        }
        if (view.supervised() != null) {
            rows.add(row(labels.text("attribution.nobody"), view.supervised().unattributed(), null));
        }
        return new ExportTable(PEOPLE.stream().map(key -> labels.text("header.attribution." + key)).toList(), rows);
    }

    private static List<Object> row(String who, AttributionView.Amounts amounts, Long orders) {
        List<Object> row = new ArrayList<>(List.of(who, amounts.found(), amounts.qualified(), amounts.closed(),
                amounts.manages(), amounts.total()));
        row.add(orders);
        return row;
    }

    private static ExportTable period(AttributionView view, ExportLabels labels) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(labels.text("attribution.from"), view.from().toString()));
        rows.add(List.of(labels.text("attribution.to"), view.to().toString()));
        rows.add(List.of(labels.text("attribution.currency"), view.currency()));
        AttributionView.Amounts split = view.split();
        rows.add(List.of(labels.text("attribution.split"), split.found() + " / " + split.qualified() + " / "
                + split.closed() + " / " + split.manages()));
        if (view.supervised() != null) {
            rows.add(List.of(labels.text("attribution.countedOrders"), view.supervised().countedOrders()));
            rows.add(List.of(labels.text("attribution.counted"), view.supervised().counted()));
            rows.add(List.of(labels.text("attribution.notRegisteredOrders"), view.supervised().notRegisteredOrders()));
            rows.add(List.of(labels.text("attribution.notRegistered"), view.supervised().notRegistered()));
        }
        return new ExportTable(List.of(labels.text("header.attribution.what"), labels.text("header.attribution.value")),
                rows);
    }
}
