package app.relay.people;

import app.relay.access.AccessLevel;
import app.relay.identity.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller: who they are, their roles and teams, and what the SPA should offer them. */
@Schema(name = "Me")
public record MeView(
        @Schema(required = true) String id,
        @Schema(required = true) String username,
        @Schema(required = true) String name,
        String email,
        @Schema(description = "The language you chose for Relay; absent until you choose one") Language language,
        @Schema(required = true) List<String> roles,
        @Schema(required = true) List<String> teams,
        @Schema(required = true, description = "What you may do anywhere in Relay, among clients.assign, "
                + "clients.delete, clients.restore, audit.read, people.depart, fieldRules.manage, letters.manage, exports.unlimited, "
                + "exchangeRates.manage, segments.manage, segments.recalculate, pipeline.manage, pipeline.moveBack; "
                + "rights that depend on the record come as `allowedActions` on it")
        List<String> capabilities,
        @Schema(required = true, description = "Your level on every governed field key (before per-client guards: "
                + "personal notes stay with the client's inner circle, top clients' channels are masked outside it)")
        Map<String, AccessLevel> fields,
        @Schema(description = "Present while you serve the notice of your departure: your last working day. Until "
                + "then Relay is open for your handover only (your own clients, read; their write-up)")
        LocalDate noticeUntil) {
}
