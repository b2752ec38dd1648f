package app.relay.exports;

import app.relay.client.ClientFilter;
import io.quarkus.security.Authenticated;
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

/** Client exports (CSV), under the same row rules as the API, audited. */
@Path("/api/v1/exports/clients.csv")
@Authenticated
@Tag(name = "Exports")
public class ClientExportResource {
    private final ClientExportService service;

    ClientExportResource(ClientExportService service) {
        this.service = service;
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The clients you may see, as CSV; takes the list's filters",
            description = "More rows than the configured threshold need a head of sales or the director.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@RestQuery String q, @RestQuery String lifecycle, @RestQuery String segment,
            @RestQuery String country, @RestQuery String region, @RestQuery String team, @RestQuery String ownerId,
            @RestQuery String tag) {
        ClientFilter filter = ClientFilter.parse(q, lifecycle, segment, country, region, team, ownerId, tag, null,
                null, null, null);
        return Response.ok(service.csv(filter))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"relay-clients-" + LocalDate.now() + ".csv\"")
                .build();
    }
}
