package app.relay.handover;

import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Handovers over HTTP: a leaving person's clients, item by item, to their successors. */
@Path("/api/v1/handovers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handovers")
public class HandoverResource {
    private final HandoverService service;
    private final Inputs inputs;
    private final HandoverCorrections corrections;
    private final FirstContacts firstContacts;
    private final DepartureCommitments commitments;
    private final LeaverWatch watch;

    HandoverResource(HandoverService service, Inputs inputs, HandoverCorrections corrections,
            FirstContacts firstContacts, DepartureCommitments commitments, LeaverWatch watch) {
        this.watch = watch;
        this.commitments = commitments;
        this.firstContacts = firstContacts;
        this.service = service;
        this.corrections = corrections;
        this.inputs = inputs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a handover: a departure (an item per client of the person, with suggested successors), "
            + "a temporary cover (a substitute as temporary owner of the person's clients for a period), a partnership "
            + "(a second manager with stated duties) or a rotation (clients changing hands among managers on a day)",
            description = "For the director, admins and the head of sales of the person's team; one open departure "
                    + "per person. A dismissal ends the person's access at once. A temporary cover is in force from "
                    + "its first day and reverts by itself the day after its last; it needs the right to assign a "
                    + "temporary owner, and no client may have two temporary owners at once. A partnership needs the right to "
                    + "assign a partner; it lasts until its last day, if one is given, or until it is ended. A rotation "
                    + "is planned by those who supervise every one of its managers and completed on its day or later.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public Response start(HandoverInput input) {
        HandoverView started = service.start(inputs.requireValid(input));
        return Response.created(URI.create("/api/v1/handovers/" + started.id())).entity(started).build();
    }

    @GET
    @Operation(summary = "Handovers you run or that are yours, newest first")
    public HandoverView.Page list(@Parameter(schema = @Schema(implementation = HandoverState.class)) @RestQuery String state,
            @Parameter(description = "the person whose clients are handed over") @RestQuery String userId) {
        return service.list(QueryParams.oneOf("state", state, HandoverState.class),
                userId == null || userId.isBlank() ? null : userId.strip());
    }

    @GET
    @Path("/overdue-first-contacts")
    @Operation(summary = "Clients handed over whose successor has not reached them by the day it was due",
            description = "For those who run handovers: a head of sales their teams' people's, the director and admins "
                    + "everyone's; empty for everyone else.")
    public FirstContactView.Page overdueFirstContacts() {
        return firstContacts.overdue();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One handover with its progress and transitions")
    public HandoverView get(@RestPath UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "The handover's items, by client name, each with the client as you may see it")
    public HandoverItemView.Page items(@RestPath UUID id,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "page size (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @RestQuery String limit) {
        return service.items(id, cursor, QueryParams.intBetween("limit", limit, HandoverItems.PAGE, 1, HandoverItems.MAX_PAGE));
    }

    @PATCH
    @Path("/{id}/items/{itemId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Write up an item (state of work, urgent matters, reviewed) or change its successor; If-Match")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = HandoverItemInput.class)))
    @APIResponse(responseCode = "200", description = "The changed item",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HandoverItemView.class)))
    public Response patchItem(@RestPath UUID id, @RestPath UUID itemId, @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        HandoverItemView item = service.patchItem(id, itemId, ifMatch, patch);
        return Response.ok(item).header("ETag", ETags.of(item.version())).build();
    }

    @PUT
    @Path("/{id}/items/{itemId}/letter-hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold the client's letter back, with a reason (supervisors, until completion)",
            description = "Its letters are written at completion all the same, as held with the reason: never sent.")
    public HandoverItemView holdLetter(@RestPath UUID id, @RestPath UUID itemId, LetterHoldInput input) {
        return service.holdLetter(id, itemId, inputs.requireValid(input == null ? new LetterHoldInput(null) : input).reason());
    }

    @DELETE
    @Path("/{id}/items/{itemId}/letter-hold")
    @Operation(summary = "Let the client's held letter go with the others (supervisors, until completion)")
    public HandoverItemView releaseLetter(@RestPath UUID id, @RestPath UUID itemId) {
        return service.holdLetter(id, itemId, null);
    }

    @POST
    @Path("/{id}/successors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give many items a successor: one person for the listed items, or the suggested split")
    public HandoverView assign(@RestPath UUID id, SuccessorInput input) {
        return service.assign(id, inputs.requireValid(input));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit a draft whose every item has a successor")
    public HandoverView submit(@RestPath UUID id) {
        return service.submit(id);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a submitted handover (a supervisor other than the leaver)")
    public HandoverView approve(@RestPath UUID id) {
        return service.approve(id);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Move every client to its successor in one transaction; completing twice changes nothing")
    public HandoverView complete(@RestPath UUID id) {
        return service.complete(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "As a successor, acknowledge having read the write-up of the listed items of yours, or all",
            description = "Only after completion; the approver is told once every item is acknowledged.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = AcknowledgeInput.class)))
    public HandoverView acknowledge(@RestPath UUID id, AcknowledgeInput input) {
        return service.acknowledge(id, input == null ? new AcknowledgeInput(null) : inputs.requireValid(input));
    }

    @POST
    @Path("/{id}/items/{itemId}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a completed item to another successor (within 30 days of completion)",
            description = "For those who run the handover; the client moves from the first successor to the new one "
                    + "in the same kinds, its history records the correction, and the new successor acknowledges it.")
    public HandoverItemView correct(@RestPath UUID id, @RestPath UUID itemId, CorrectionInput input) {
        return corrections.correct(id, itemId, inputs.requireValid(input));
    }

    @GET
    @Path("/{id}/commitments")
    @Operation(summary = "A departure's commitments: the non-compete record and the corporate channels passed on",
            description = "For the person leaving and those who run the handover. Until recorded, suggestions: the "
                    + "VIP and key clients, the person's corporate phone and mailbox, the successor with most clients.")
    @APIResponse(responseCode = "409", description = "Not a departure")
    @APIResponse(responseCode = "200", description = "The commitments",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CommitmentView.class)))
    public Response commitments(@RestPath UUID id) {
        CommitmentView found = commitments.get(id);
        return Response.ok(found).header("ETag", ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a departure's commitments as a whole; If-Match (0 for the first recording)",
            description = "For those who run the handover, until it is cancelled; each recording is in its events.")
    @APIResponse(responseCode = "200", description = "The commitments recorded",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CommitmentView.class)))
    public Response recordCommitments(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, CommitmentInput input) {
        CommitmentView recorded = commitments.put(id, ifMatch, inputs.requireValid(input));
        return Response.ok(recorded).header("ETag", ETags.of(recorded.version())).build();
    }

    @GET
    @Path("/{id}/watch")
    @Operation(summary = "The exfiltration watch of a departure: what the person leaving read and exported each day",
            description = "For those who run the handover: each day since it began beside the person's usual daily "
                    + "volume before it; days beyond the threshold are flagged (and were told to its supervisors), with "
                    + "their largest reads from the audit log for those who may read it.")
    @APIResponse(responseCode = "409", description = "Not a departure")
    @APIResponse(responseCode = "200", description = "The watch",
            content = @Content(schema = @Schema(implementation = WatchView.class)))
    public WatchView watch(@RestPath UUID id) {
        return watch.view(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an open handover; nothing moves")
    public HandoverView cancel(@RestPath UUID id) {
        return service.cancel(id);
    }
}
