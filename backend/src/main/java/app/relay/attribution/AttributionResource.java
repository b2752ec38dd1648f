package app.relay.attribution;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/reports/attribution")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class AttributionResource {
    private final AttributionReport report;

    AttributionResource(AttributionReport report) {
        this.report = report;
    }

    @GET
    @Operation(summary = "Revenue of a period per person and role (found, qualified, closed, manages), split as the "
            + "company set it; only orders of clients registered in Relay before the order's day count")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = AttributionView.class)))
    @APIResponse(responseCode = "403", description = "The field rules hide order amounts from you")
    public AttributionView get(@Parameter(description = AttributionPeriod.FROM) @RestQuery String from,
            @Parameter(description = AttributionPeriod.TO) @RestQuery String to) {
        AttributionPeriod period = AttributionPeriod.parse(from, to, report.today());
        return report.read(period.from(), period.to());
    }
}
