package app.relay.admin;

import app.relay.common.Inputs;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The field access matrix, editable by admins. */
@Path("/api/v1/admin/field-policies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class FieldPolicyResource {
    private final FieldPolicyService service;
    private final Inputs inputs;

    FieldPolicyResource(FieldPolicyService service, Inputs inputs) {
        this.service = service;
        this.inputs = inputs;
    }

    @GET
    @Operation(summary = "The field access matrix: every role × field key → hidden, masked, read or write")
    public FieldPolicyView matrix() {
        return service.matrix();
    }

    @PUT
    @Path("/{role}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one role's level on one field; applies at once and is recorded")
    public FieldPolicyView change(@RestPath String role, @RestPath String key, FieldPolicyView.Change change) {
        return service.change(role, key, inputs.requireValid(change).level());
    }
}
