package app.relay.activity;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A client's activities: its timeline of calls, meetings, visits and e-mails. */
@Path("/api/v1/clients/{id}/activities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityResource {
    private final Activities activities;

    ActivityResource(Activities activities) {
        this.activities = activities;
    }

    @GET
    @Operation(summary = "The client's activities, newest first (the last 200)")
    public ActivityView.Page list(@RestPath UUID id) {
        return activities.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a call, meeting, visit or e-mail with the client",
            description = "The first one its successor logs after a handover meets their first contact with the client.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response log(@RestPath UUID id, ActivityInput input) {
        ActivityView logged = activities.log(id, input);
        return Response.created(URI.create("/api/v1/clients/" + id + "/activities")).entity(logged).build();
    }
}
