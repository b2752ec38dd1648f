package app.relay.notice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks notices read: the listed ones, or all of the reader's. */
@Schema(name = "NoticesRead")
public record NoticesRead(
        @Schema(maxItems = 500, description = "the notices to mark read; absent or empty with all = true for every one")
        @Size(max = 500) List<@NotNull UUID> ids,
        Boolean all) {
}
