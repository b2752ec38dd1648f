package app.relay.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notice as its reader sees it: what kind, about which handover and person, by whom, read or not. */
@Schema(name = "Notice")
public record NoticeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) NoticeKind kind,
        UUID handoverId,
        @Schema(description = "the person the notice is about (the one leaving)") String personId,
        String personName,
        String actorId,
        String actorName,
        @Schema(description = "how many clients it concerns, where it says") Integer count,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) boolean read) {

    @Schema(name = "NoticePage")
    public record Page(@Schema(required = true) List<NoticeView> items,
            @Schema(required = true, description = "unread notices in all") long unread) {
    }
}
