package app.relay.client;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a client like the one being entered exists. Reveals only existence and owner of clients one may not see. */
@Schema(name = "DuplicateCheck")
public record DuplicateCheck(@Schema(required = true) List<Match> matches) {

    /** One existing client; `clientId` and `name` are given only when the caller may see that client. */
    @Schema(name = "DuplicateMatch")
    public record Match(
            @Schema(required = true, enumeration = {"name", "taxId"}) String matchedOn,
            String ownerId,
            String ownerName,
            UUID clientId,
            String name) {
    }
}
