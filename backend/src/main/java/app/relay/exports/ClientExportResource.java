package app.relay.exports;

import app.relay.client.ClientFilter;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    private final ClientExportService service;

    ClientExportResource(ClientExportService service) {
        this.service = service;
    }

    /** The list's filters, the same for every format. */
    public static class Filters {
        @RestQuery String q;
        @RestQuery String lifecycle;
        @RestQuery String segment;
        @RestQuery String country;
        @RestQuery String region;
        @RestQuery String team;
        @RestQuery String ownerId;
        @RestQuery String tag;

        ClientFilter parse() {
            return ClientFilter.parse(q, lifecycle, segment, country, region, team, ownerId, tag, null, null, null, null);
        }
    }

    @GET
    @Path("/clients.csv")
    @Produces("text/csv")
    @Operation(summary = "The clients you may see, as CSV; takes the list's filters", description = LARGE)
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@BeanParam Filters filters) {
        return attachment(service.csv(filters.parse()), "text/csv; charset=UTF-8", "csv");
    }

    @GET
    @Path("/clients.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The clients you may see, as an Excel workbook; takes the list's filters", description = LARGE)
    @APIResponse(responseCode = "200", description = "One sheet with a header row; dates in UTC",
            content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@BeanParam Filters filters) {
        return attachment(service.xlsx(filters.parse()), Xlsx.MEDIA_TYPE, "xlsx");
    }

    private static Response attachment(Object body, String type, String extension) {
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"relay-clients-" + LocalDate.now() + "." + extension + "\"")
                .build();
    }
}
