package app.relay.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One contact with a client, on its timeline. */
@Schema(name = "Activity")
public record ActivityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        @Schema(required = true) ActivityKind kind,
        @Schema(required = true) Instant happenedAt,
        @Schema(required = true) List<Person> contacts,
        String outcome,
        String nextStep,
        @Schema(required = true) String byId,
        String byName,
        @Schema(required = true, description = "true when this activity met a successor's first contact after a handover")
        boolean firstContact) {

    /** A contact person the activity was with, by name (absent once the field rules withhold names). */
    @Schema(name = "ActivityContact")
    public record Person(@Schema(required = true) UUID id, String fullName) {
    }

    /** A client's activities, newest first. */
    @Schema(name = "ActivityPage")
    public record Page(@Schema(required = true) List<ActivityView> items) {
    }
}
