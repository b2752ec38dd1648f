package app.relay.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the API shows it. Fields the field rules may withhold from a caller are optional. */
@Schema(name = "Client")
public record ClientView(
        @Schema(required = true) UUID id,
        String name,
        String taxId,
        ClientKind kind,
        String industry,
        String country,
        String region,
        String city,
        String address,
        String website,
        Lifecycle lifecycle,
        @Schema(description = "a segment's key (GET /api/v1/segments)") String segment,
        String ownerId,
        String ownerName,
        String coOwnerId,
        String coOwnerName,
        String team,
        List<String> tags,
        String notes,
        Map<String, Object> attributes,
        @Schema(description = "its stage on the conveyor (GET /api/v1/pipeline/stages); moved by "
                + "POST /api/v1/clients/{id}/stage") UUID stageId,
        @Schema(description = "the phase of its stage: lead, sales, account or lost") String phase,
        Qualification qualification,
        NextStep nextStep,
        @Schema(description = "orders of the last 12 months, in the company's currency; absent without orders")
        BigDecimal revenue12m,
        @Schema(description = "unpaid orders past their due date, in the company's currency")
        BigDecimal overdueReceivables,
        @Schema(description = "date of the first order") LocalDate firstOrderOn,
        @Schema(description = "date of the latest order") LocalDate lastOrderOn,
        @Schema(description = "average days between orders (from two orders on)") Integer orderIntervalDays,
        @Schema(required = true) long contactCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy,
        Instant deletedAt,
        @Schema(required = true) long version,
        @Schema(required = true, description = "Fields withheld or masked for the caller by the field rules")
        List<String> redactedFields) {

    /** A page of clients; pass `nextCursor` back as `cursor` for the next one. */
    @Schema(name = "ClientPage")
    public record Page(@Schema(required = true) List<ClientView> items, String nextCursor,
            @Schema(description = "How many clients you may see match the filter; only when asked for with total=true. "
                    + "Counting stops past 10,000: then `total` is 10000 and `totalCapped` true")
            Long total,
            @Schema(description = "true when more clients match than `total` says (counting stopped)") Boolean totalCapped) {
    }
}
