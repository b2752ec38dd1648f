package app.relay.letter;

import app.relay.common.ETags;
import app.relay.common.Inputs;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** What the letters to the clients say, per kind and language, as admins keep it. */
@Path("/api/v1/letter-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class LetterTemplateResource {
    private final LetterTemplateService service;
    private final Inputs inputs;

    LetterTemplateResource(LetterTemplateService service, Inputs inputs) {
        this.service = service;
        this.inputs = inputs;
    }

    @GET
    @Operation(summary = "Every letter template (handover and partner × en, ro, ru, es): in force, shipped, placeholders")
    public LetterTemplateView.Page list() {
        return service.list();
    }

    @PUT
    @Path("/{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a letter template; If-Match (its version, 0 for the shipped one) is required",
            description = "Refused when it is not a subject line, a blank line and a body, when Qute cannot read it, "
                    + "or when it names a placeholder a letter of its kind does not have. Applies to letters written after it.")
    @APIResponse(responseCode = "200", description = "Kept",
            content = @Content(schema = @Schema(implementation = LetterTemplateView.class)))
    public Response put(@Parameter(schema = @Schema(enumeration = {"handover", "partner"})) @RestPath String kind,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ro", "ru", "es"}))
            @RestPath String language, @HeaderParam("If-Match") String ifMatch, LetterTemplateView.Input input) {
        LetterTemplateView kept = service.put(kind, language, ifMatch, inputs.requireValid(input).text());
        return Response.ok(kept).header("ETag", ETags.of(kept.version())).build();
    }

    @POST
    @Path("/{kind}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render a rewrite with a sample client and people, without keeping it")
    public LetterTemplateView.Sample preview(@Parameter(schema = @Schema(enumeration = {"handover", "partner"}))
            @RestPath String kind, @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ro", "ru",
                "es"})) @RestPath String language, LetterTemplateView.Input input) {
        return service.preview(kind, language, inputs.requireValid(input).text());
    }
}
