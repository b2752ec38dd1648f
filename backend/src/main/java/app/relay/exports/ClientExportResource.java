package app.relay.exports;

import app.relay.client.ClientFilter;
import app.relay.identity.ActingParty;
import app.relay.identity.UserDirectory;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Client exports (CSV and Excel), under the same row and field rules as the API, audited. */
@Path("/api/v1/exports")
@Authenticated
@Tag(name = "Exports")
public class ClientExportResource {
    private static final String LARGE = "More rows than the configured threshold need a head of sales or the director.";
    private static final String LANGUAGE = " Headers and labels are in the language you chose in Relay, else in the "
            + "first of Accept-Language that Relay speaks (en, ro, ru, es).";

    private final ClientExportService service;
    private final ActingParty user;
    private final UserDirectory directory;

    ClientExportResource(ClientExportService service, ActingParty user, UserDirectory directory) {
        this.service = service;
        this.user = user;
        this.directory = directory;
    }

    /** The list's filters, the same for every format. */
    public static class Filters {
        @RestQuery String q;
        @RestQuery String lifecycle;
        @RestQuery String segment;
        @RestQuery String country;
        @RestQuery String region;
        @RestQuery String team;
        @Parameter(description = ClientFilter.OWNER_DOC) @RestQuery String ownerId;
        @RestQuery String tag;
        @RestQuery String stageId;

        ClientFilter parse() {
            return ClientFilter.parse(q, lifecycle, segment, country, region, team, ownerId, tag, stageId, null, null,
                    null, null);
        }
    }

    @GET
    @Path("/clients.csv")
    @Produces("text/csv")
    @Operation(summary = "The clients you may see, as CSV; takes the list's filters", description = LARGE + LANGUAGE)
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@BeanParam Filters filters, @Context HttpHeaders headers) {
        return attachment(service.clientsCsv(filters.parse(), labels(headers)), "text/csv; charset=UTF-8", "clients", "csv");
    }

    @GET
    @Path("/contacts.csv")
    @Produces("text/csv")
    @Operation(summary = "The contact persons of the clients you may see, as CSV; takes the client list's filters",
            description = "The second file of a CSV export: one row per live contact person, with the client's id "
                    + "and name. " + LARGE + LANGUAGE)
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response contactsCsv(@BeanParam Filters filters, @Context HttpHeaders headers) {
        return attachment(service.contactsCsv(filters.parse(), labels(headers)), "text/csv; charset=UTF-8",
                "contacts", "csv");
    }

    @GET
    @Path("/clients.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The clients you may see, and their contact persons, as an Excel workbook; takes the "
            + "list's filters", description = LARGE + LANGUAGE)
    @APIResponse(responseCode = "200", description = "Two sheets (clients, contact persons), each with a header row; "
            + "dates in UTC",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@BeanParam Filters filters, @Context HttpHeaders headers) {
        return attachment(service.xlsx(filters.parse(), labels(headers)), Xlsx.MEDIA_TYPE, "clients", "xlsx");
    }

    private ExportLabels labels(HttpHeaders headers) {
        return ExportLabels.forReader(directory.languageOf(user.id()), headers);
    }

    static Response attachment(Object body, String type, String what, String extension) {
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"relay-" + what + "-" + LocalDate.now() + "."
                        + extension + "\"")
                .build();
    }
}
