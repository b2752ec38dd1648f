package app.relay.party;

import app.relay.access.AccessLevel;
import app.relay.access.ClientHolders;
import app.relay.access.FieldAccess;
import app.relay.access.PartyKind;
import app.relay.common.ProblemException;
import app.relay.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Putting people in front of clients: who may be picked, and many clients at once. */
@Path("/api/v1/assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class AssignmentResource {
    private final AssignmentService assignments;
    private final ClientHolders holders;
    private final FieldAccess fields;

    AssignmentResource(AssignmentService assignments, ClientHolders holders, FieldAccess fields) {
        this.assignments = assignments;
        this.holders = holders;
        this.fields = fields;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign one person to many clients as owner, co-owner, partner, temporary owner or sponsor",
            description = "All or nothing: when one client cannot take it, nothing changes and the problem names it.")
    public Candidate.Result assign(AssignmentInput input) {
        return new Candidate.Result(assignments.assign(input));
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "The people who may be put in front of a client in this kind and phase (for pickers)")
    public Candidate.Page candidates(
            @Parameter(required = true, schema = @Schema(enumeration = {"owner", "co-owner", "partner", "temporary-owner",
                "executive-sponsor"})) @RestQuery String kind,
            @Parameter(description = "true for a prospect (lead generators may hold those)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String prospect) {
        PartyKind wanted = kindOf(kind);
        if (!fields.baseLevel(wanted.fieldKey()).atLeast(AccessLevel.write)) {
            throw ProblemException.forbidden("Your role may not assign a " + wanted.wireName());
        }
        return new Candidate.Page(holders.candidates(wanted, QueryParams.bool("prospect", prospect)).stream()
                .map(p -> new Candidate(p.id, p.fullName, p.teams == null ? List.of() : p.teams)).toList());
    }

    private static PartyKind kindOf(String kind) {
        PartyKind wanted = kind == null ? null : PartyKind.find(kind);
        if (wanted == null || wanted == PartyKind.SUCCESSOR || wanted.isAttribution()) {
            throw ProblemException.invalid("kind", "must be one of owner, co-owner, partner, temporary-owner, "
                    + "executive-sponsor");
        }
        return wanted;
    }
}
