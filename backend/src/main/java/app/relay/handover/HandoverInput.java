package app.relay.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Starting a handover: whose clients and why. A departure names the reason and the last working day; a
 * temporary one the substitute and the period; a partner one the partner, their duties and at will a period.
 * The last two may name which clients (all the person holds by default).
 */
@Schema(name = "HandoverInput")
public record HandoverInput(
        @Schema(required = true) @NotNull HandoverKind kind,
        @Schema(required = true, maxLength = 64, description = "the person leaving, or away")
        @NotBlank @Size(max = 64) String userId,
        @Schema(description = "departure: why (required)") DepartureReason reason,
        @Schema(description = "departure: the person's last working day (required); a dismissal ends access at once")
        LocalDate lastWorkingDay,
        @Schema(maxLength = 2000) @Size(max = 2000) String note,
        @Schema(maxLength = 64, description = "temporary: who stands in (required)") @Size(max = 64) String substituteId,
        @Schema(description = "temporary (required) and partner (default today): the first day, today or later")
        LocalDate startsOn,
        @Schema(description = "temporary (required) and partner (default: no end): the last day; the clients revert the "
                + "day after") LocalDate endsOn,
        @Schema(maxLength = 64, description = "partner: who works with the clients (required)") @Size(max = 64) String partnerId,
        @Schema(maxLength = 500, description = "partner: what they do for the clients (required)") @Size(max = 500) String duties,
        @Schema(description = "partner: write to the clients' contact persons about the partner (default false)")
        Boolean tellClients,
        @Schema(maxItems = 5000, description = "temporary and partner: which of the person's clients (default: all they "
                + "hold)")
        @Size(max = 5000) List<@NotNull UUID> clientIds) {
}
