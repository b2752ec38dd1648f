package app.relay.handover;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A to-do marked done, or open again. */
@Schema(name = "TodoInput")
public record TodoInput(@Schema(required = true) @NotNull Boolean done) {
}
