package app.relay.notice;

import app.relay.common.Inputs;
import app.relay.common.QueryParams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Your notices: what happened that concerns you, newest first. */
@Path("/api/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NoticeResource {
    private final Notices notices;
    private final Inputs inputs;

    NoticeResource(Notices notices, Inputs inputs) {
        this.notices = notices;
        this.inputs = inputs;
    }

    @GET
    @Operation(summary = "Your latest 50 notices, newest first, with the number unread")
    public NoticeView.Page list(@Parameter(description = "only the unread ones") @RestQuery String unread) {
        boolean unreadOnly = QueryParams.bool("unread", unread);
        return QuarkusTransaction.requiringNew().call(() -> notices.mine(unreadOnly));
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark your notices read: the listed ones, or all")
    public Marked read(NoticesRead input) {
        NoticesRead valid = inputs.requireValid(input);
        return new Marked(QuarkusTransaction.requiringNew().call(() -> notices.markRead(valid)));
    }

    @Schema(name = "NoticesMarked")
    public record Marked(@Schema(required = true, description = "notices newly marked read") int marked) {
    }
}
