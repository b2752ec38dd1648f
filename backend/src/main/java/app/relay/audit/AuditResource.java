package app.relay.audit;

import app.relay.common.QueryParams;
import app.relay.common.Cursors;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit log of reads, changes and exports; append-only, readable by the director and heads of sales. */
@Path("/api/v1/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    private final AuditService service;
    private final Cursors cursors;

    AuditResource(AuditService service, Cursors cursors) {
        this.service = service;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "Who read, changed or exported which client data, newest first")
    public AuditEntry.Page search(@RestQuery String actorId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestQuery String clientId,
            @Parameter(schema = @Schema(implementation = AuditAction.class)) @RestQuery String action,
            @Parameter(description = "entries at or after this moment", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) @RestQuery String from,
            @Parameter(description = "entries before this moment", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) @RestQuery String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @RestQuery String limit,
            @RestQuery String cursor) {
        return service.search(new AuditQuery(blankToNull(actorId), uuid(clientId),
                QueryParams.oneOf("action", action, AuditAction.class),
                QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.intBetween("limit", limit, 100, 1, 500), cursors.openId(cursor, Long.MAX_VALUE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static UUID uuid(String value) {
        return QueryParams.uuid("clientId", value);
    }
}
