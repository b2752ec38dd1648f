package app.relay.people;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marking someone as leaving: an optional note (reason, last working day). */
@Schema(name = "DepartureInput")
public record DepartureInput(@Size(max = 1000) String note) {
}
