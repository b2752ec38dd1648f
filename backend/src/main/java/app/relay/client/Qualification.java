package app.relay.client;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A prospect's qualification as a lead generator finds it (Money, Authority, Need): whether they can pay, who
 * decides, what they need. All three are recorded before a lead passes to sales.
 */
@Schema(name = "Qualification")
public record Qualification(
        @Schema(description = "can they pay, and how much", maxLength = 500) @Size(max = 500) String money,
        @Schema(description = "who decides, and whether we reach them", maxLength = 500) @Size(max = 500)
        String authority,
        @Schema(description = "what they need that we sell", maxLength = 500) @Size(max = 500) String need) {

    /** Whether Money, Authority and Need are each said. */
    public boolean complete() {
        return said(money) && said(authority) && said(need);
    }

    /** The same with blanks as absent and text trimmed; null when nothing is said. */
    public Qualification stripped() {
        Qualification out = new Qualification(strip(money), strip(authority), strip(need));
        return out.money == null && out.authority == null && out.need == null ? null : out;
    }

    private static boolean said(String text) {
        return text != null && !text.isBlank();
    }

    private static String strip(String text) {
        return said(text) ? text.strip() : null;
    }
}
