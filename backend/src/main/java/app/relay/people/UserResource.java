package app.relay.people;

import app.relay.access.Capabilities;
import app.relay.access.FieldAccess;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import app.relay.identity.Actor;
import app.relay.identity.AppUser;
import app.relay.identity.Roles;
import app.relay.identity.UserDirectory;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The caller and the directory of people. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class UserResource {
    private final ActingParty user;
    private final Capabilities capabilities;
    private final UserDirectory directory;
    private final DepartureService departures;
    private final Inputs inputs;
    private final FieldAccess fields;
    private final Impacts impacts;

    UserResource(ActingParty user, Capabilities capabilities, UserDirectory directory, DepartureService departures,
            Inputs inputs, FieldAccess fields, Impacts impacts) {
        this.impacts = impacts;
        this.user = user;
        this.capabilities = capabilities;
        this.directory = directory;
        this.departures = departures;
        this.inputs = inputs;
        this.fields = fields;
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in user, roles, teams, capabilities and field levels")
    public MeView me() {
        Actor me = user.actor();
        List<String> roles = me.roles().stream().sorted().toList();
        return new MeView(me.id(), me.username(), me.fullName(), me.email(), directory.languageOf(me.id()), roles,
                me.teams(), capabilities.all(), fields.baseLevels(), me.onNotice() ? directory.noticeUntil(me.id()) : null);
    }

    @PATCH
    @Path("/me")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change your own preferences: the language Relay speaks to you")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = MeInput.class)))
    public MeView changeMe(MeInput input) {
        MeInput valid = inputs.requireValid(input);
        directory.chooseLanguage(user.id(), valid.language());
        return me();
    }

    @GET
    @Path("/users")
    @Operation(summary = "People known to Relay, for owner pickers")
    public UserSummary.Page users() {
        List<AppUser> people = directory.all();
        Map<String, AccountClosingView> closings = departures.accountClosings(
                people.stream().filter(AppUser::hasDeparted).map(u -> u.id).toList());
        return new UserSummary.Page(people.stream()
                .map(u -> new UserSummary(u.id, u.username, u.fullName,
                        Objects.requireNonNullElse(u.teams, List.of()),
                        Objects.requireNonNullElse(u.roles, List.of()), u.departedAt, u.enabled,
                        departures.maySupervise(u) ? closings.get(u.id) : null,
                        !u.hasDeparted() && departures.maySupervise(u) ? List.of("depart") : List.of()))
                .toList());
    }

    @GET
    @Path("/users/impact")
    @Operation(summary = "Everyone you supervise who holds clients, ranked by the clients a departure would put at risk",
            description = "For the director, admins and heads of sales (their teams); counted over the clients you "
                    + "may see, figures withheld as the field rules say.")
    public ImpactView.Ranking ranking(@Parameter(description = "only this team") @RestQuery String team) {
        return impacts.ranking(team == null || team.isBlank() ? null : team.strip());
    }

    @GET
    @Path("/users/{id}/impact")
    @Operation(summary = "If this person left today: their clients by segment, where they are the only party, "
            + "contacts reachable only through personal channels, clients without a decision maker")
    public ImpactView impact(@RestPath String id) {
        return impacts.of(id);
    }

    @GET
    @Path("/users/{id}/profile")
    @Operation(summary = "A person's corporate phone and mailbox (their successor's letters to clients name them)")
    public ProfileView profile(@RestPath String id) {
        AppUser person = requirePerson(id);
        return new ProfileView(person.corporatePhone, person.corporateEmail);
    }

    @PUT
    @Path("/users/{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a person's corporate phone and mailbox: the person themselves or an admin")
    public ProfileView keepProfile(@RestPath String id, ProfileView input) {
        requirePerson(id);
        if (!id.equals(user.id()) && !user.actor().roles().contains(Roles.ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person or an admin keeps a person's profile");
        }
        ProfileView valid = inputs.requireValid(input == null ? new ProfileView(null, null) : input);
        ProfileView kept = new ProfileView(blankToNull(valid.corporatePhone()), blankToNull(valid.corporateEmail()));
        directory.keepProfile(id, kept.corporatePhone(), kept.corporateEmail());
        return kept;
    }

    private AppUser requirePerson(String id) {
        AppUser person = directory.find(id);
        if (person == null) {
            throw ProblemException.notFound("Person");
        }
        return person;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @POST
    @Path("/users/{id}/departure")
    // The coarse role check comes before anything about the target is read or parsed.
    @RolesAllowed({Roles.HEAD_OF_SALES, Roles.DIRECTOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a person as leaving: Relay refuses them at once and Keycloak disables them",
            description = "For the director, admins and the head of sales of the person's team. "
                    + "Their clients and history stay untouched for the handover.")
    public DepartureView markLeaving(@RestPath String id, DepartureInput input) {
        return departures.markLeaving(id, inputs.requireValid(input == null ? new DepartureInput(null) : input));
    }
}
