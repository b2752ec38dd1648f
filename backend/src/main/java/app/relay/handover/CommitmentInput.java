package app.relay.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The leaver's commitments as a whole: what is absent is not recorded (a PUT replaces them). */
@Schema(name = "CommitmentInput")
public record CommitmentInput(
        @Schema(required = true, description = "whether the person signed the non-compete / non-solicit promise")
        @NotNull Boolean nonCompeteSigned,
        @Schema(description = "the day they signed it: required when signed, not in the future") LocalDate signedOn,
        @Schema(description = "until when it binds them (default: a year after their last working day)")
        LocalDate nonCompeteEndsOn,
        @Schema(maxItems = 5000, description = "the key clients it covers: clients of this handover")
        @Size(max = 5000) List<@NotNull UUID> keyClientIds,
        @Schema(maxLength = 40, description = "the corporate phone number passed on")
        @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]{3,40}", message = "digits, spaces and + ( ) . / - only")
        String phoneNumber,
        @Schema(maxLength = 64, description = "who received the phone number") @Size(max = 64) String phoneTo,
        @Schema(maxLength = 254, description = "the mailbox alias passed on")
        @Size(max = 254) @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", message = "an e-mail address") String mailbox,
        @Schema(maxLength = 64, description = "who received the mailbox alias") @Size(max = 64) String mailboxTo,
        @Schema(maxLength = 2000) @Size(max = 2000) String note) {
}
