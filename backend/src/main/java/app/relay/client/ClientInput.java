package app.relay.client;

import app.relay.common.FlatAttributes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may write on a client. PATCH takes a JSON merge patch of these same fields. */
@Schema(name = "ClientInput")
public record ClientInput(
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String name,
        @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "letters, digits, spaces, . / - only")
        String taxId,
        @Schema(required = true) @NotNull ClientKind kind,
        @Size(max = 120) String industry,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 country code, e.g. RO, MD, RU, ES")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code") String country,
        @Size(max = 120) String region,
        @Size(max = 120) String city,
        @Size(max = 500) String address,
        @Size(max = 300) @Pattern(regexp = "(https?://)?[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}(/\\S*)?",
                message = "must be a web address such as example.com") String website,
        @Schema(required = true) @NotNull Lifecycle lifecycle,
        @Schema(description = "a segment's key (GET /api/v1/segments)", maxLength = 16) @Size(max = 16) String segment,
        @Size(max = 64) String ownerId,
        @Size(max = 64) String coOwnerId,
        @Size(max = 64) String team,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> tags,
        @Size(max = 10000) String notes,
        @Schema(description = "Custom attributes: a flat JSON object of the company's own fields (at most 50 names "
                + "of up to 64 characters, each a text of up to 500 characters, a number or true/false)",
                maxProperties = FlatAttributes.MAX_KEYS)
        @FlatAttributes Map<String, Object> attributes,
        @Schema(description = "Money, Authority, Need: recorded before a lead passes to sales") @Valid
        Qualification qualification,
        @Valid NextStep nextStep) {
}
