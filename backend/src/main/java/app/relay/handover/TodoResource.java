package app.relay.handover;

import app.relay.common.Inputs;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The caller's to-dos: the urgent matters handovers left to them. */
@Path("/api/v1/todos")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handovers")
public class TodoResource {
    private final HandoverTodos todos;
    private final Inputs inputs;

    TodoResource(HandoverTodos todos, Inputs inputs) {
        this.todos = todos;
        this.inputs = inputs;
    }

    @GET
    @Operation(summary = "Your to-dos: the urgent matters of the clients handed over to you, the most urgent first",
            description = "Open ones by due date, then those done in the last two weeks; a client no longer yours drops out.")
    public TodoView.Page mine() {
        return todos.mine();
    }

    @POST
    @Path("/{itemId}/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark one of your to-dos done, or open again")
    public TodoView mark(@RestPath UUID itemId, @RestPath int position, TodoInput input) {
        return todos.mark(itemId, position, inputs.requireValid(input).done());
    }
}
