package app.relay.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What would hang in the air if this person left today: their clients (by segment), those where they are the
 * only party, contact persons reachable only through personal channels, clients with no decision maker on
 * file. Counted over the clients the reader may see; a figure whose field the reader may not read is absent.
 */
@Schema(name = "Impact")
public record ImpactView(
        @Schema(required = true) String userId,
        String userName,
        @Schema(required = true, description = "live clients where the person stands (owner, co-owner, partner, "
                + "temporary owner, sponsor)") long clients,
        @Schema(description = "clients by segment; absent when the field rules withhold client.segment")
        Map<String, Long> bySegment,
        @Schema(description = "VIP and key clients; absent when client.segment is withheld") Long topSegment,
        @Schema(description = "clients where nobody else stands: no co-owner, partner or sponsor; absent when the "
                + "field rules withhold any kind of party") Long onlyParty,
        @Schema(description = "contact persons with channels, none of them corporate; absent when contact.channels "
                + "is withheld") Long personalOnlyContacts,
        @Schema(description = "clients without a live decision maker; absent when contact.functions is withheld")
        Long noDecisionMaker,
        @Schema(required = true, description = "clients with at least one of the risks above the reader may see")
        long atRisk,
        @Schema(description = "when these figures were counted, for a person whose clients have not changed since; "
                + "absent when counted just now") Instant countedAt,
        @Schema(required = true, description = "the figures withheld by the field rules") List<String> redactedFields) {

    /** A team ranked by risk: the page a head of sales looks at before anyone resigns. */
    @Schema(name = "ImpactRanking")
    public record Ranking(@Schema(required = true, description = "most clients at risk first") List<ImpactView> items) {
    }
}
