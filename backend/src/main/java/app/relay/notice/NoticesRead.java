package app.relay.notice;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks notices read: the listed ones, or all of the reader's. */
@Schema(name = "NoticesRead")
public record NoticesRead(
        @Schema(description = "the notices to mark read; absent or empty with all = true for every one")
        List<UUID> ids,
        Boolean all) {
}
