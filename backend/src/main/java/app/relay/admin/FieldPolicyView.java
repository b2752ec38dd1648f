package app.relay.admin;

import app.relay.access.AccessLevel;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The field access matrix: roles × governed fields → level, with what each field means. */
@Schema(name = "FieldPolicy")
public record FieldPolicyView(
        @Schema(required = true) List<String> roles,
        @Schema(required = true) List<FieldInfo> fields,
        @Schema(required = true, description = "role → field key → level") Map<String, Map<String, AccessLevel>> levels) {

    /** A governed field; `guard` says how it narrows outside the client's inner circle. */
    @Schema(name = "FieldInfo")
    public record FieldInfo(@Schema(required = true) String key, @Schema(required = true) String description,
            String guard) {
    }

    /** A change of one cell of the matrix. */
    @Schema(name = "FieldPolicyChange")
    public record Change(@Schema(required = true) @jakarta.validation.constraints.NotNull AccessLevel level) {
    }
}
