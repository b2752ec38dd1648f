package app.relay.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Starting a handover: whose clients and why. A departure names the reason and the last working day; a
 * temporary one the substitute and the period; a partner one the partner, their duties and at will a period.
 * The last two may name which clients (all the person holds by default). A rotation names its managers, its day
 * and at will which of their clients.
 */
@Schema(name = "HandoverInput")
public record HandoverInput(
        @Schema(required = true) @NotNull HandoverKind kind,
        @Schema(maxLength = 64, description = "the person leaving, away, or joined by a partner (required but for a "
                + "rotation)") @Size(max = 64) String userId,
        @Schema(description = "departure: why (required)") DepartureReason reason,
        @Schema(description = "departure: the person's last working day (required); a dismissal ends access at once")
        LocalDate lastWorkingDay,
        @Schema(maxLength = 2000) @Size(max = 2000) String note,
        @Schema(maxLength = 64, description = "temporary: who stands in (required)") @Size(max = 64) String substituteId,
        @Schema(description = "temporary (required), partner (default today) and rotation (required: the day the clients "
                + "change hands): the first day, today or later")
        LocalDate startsOn,
        @Schema(description = "temporary (required) and partner (default: no end): the last day; the clients revert the "
                + "day after") LocalDate endsOn,
        @Schema(maxLength = 64, description = "partner: who works with the clients (required)") @Size(max = 64) String partnerId,
        @Schema(maxLength = 500, description = "partner: what they do for the clients (required)") @Size(max = 500) String duties,
        @Schema(description = "partner: write to the clients' contact persons about the partner (default false)")
        Boolean tellClients,
        @Schema(maxItems = 5000, description = "temporary and partner: which of the person's clients (default: all they "
                + "hold); rotation: which of the members' clients (default: all they own)")
        @Size(max = 5000) List<@NotNull UUID> clientIds,
        @Schema(maxItems = 50, description = "rotation (required): the managers among whom the clients rotate, in "
                + "order: each one's clients are suggested to the next, the last one's to the first")
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> managerIds) {

    /** The fields each kind takes beside `kind` and `note`; the others, sent with it, are refused. */
    private static final Map<HandoverKind, Set<String>> TAKES = Map.of(
            HandoverKind.departure, Set.of("userId", "reason", "lastWorkingDay"),
            HandoverKind.temporary, Set.of("userId", "substituteId", "startsOn", "endsOn", "clientIds"),
            HandoverKind.partner, Set.of("userId", "partnerId", "duties", "startsOn", "endsOn", "clientIds", "tellClients"),
            HandoverKind.rotation, Set.of("managerIds", "startsOn", "clientIds"));

    /** The fields given that belong to another kind of handover, in the order of the schema. */
    List<String> misplaced() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("userId", userId);
        given.put("reason", reason);
        given.put("lastWorkingDay", lastWorkingDay);
        given.put("substituteId", substituteId);
        given.put("startsOn", startsOn);
        given.put("endsOn", endsOn);
        given.put("partnerId", partnerId);
        given.put("duties", duties);
        given.put("tellClients", tellClients);
        given.put("clientIds", clientIds);
        given.put("managerIds", managerIds);
        return given.entrySet().stream().filter(field -> field.getValue() != null)
                .map(Map.Entry::getKey).filter(field -> !TAKES.get(kind).contains(field)).toList();
    }
}
