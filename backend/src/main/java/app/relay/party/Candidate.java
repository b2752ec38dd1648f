package app.relay.party;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person an assignment picker may offer. */
@Schema(name = "Candidate")
public record Candidate(@Schema(required = true) String userId, @Schema(required = true) String userName,
        @Schema(required = true) List<String> teams) {

    @Schema(name = "CandidateList")
    public record Page(@Schema(required = true) List<Candidate> items) {
    }

    @Schema(name = "AssignmentResult")
    public record Result(@Schema(required = true, description = "how many clients took the assignment") int assigned) {
    }
}
