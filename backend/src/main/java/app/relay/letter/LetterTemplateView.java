package app.relay.letter;

import app.relay.identity.Language;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One letter template as it stands: its text in force, the shipped one, and whether an admin rewrote it. */
@Schema(name = "LetterTemplate")
public record LetterTemplateView(
        @Schema(required = true) LetterKind kind,
        @Schema(required = true) Language language,
        @Schema(required = true, description = "the subject line, a blank line, then the body (Qute)") String text,
        @Schema(required = true, description = "the text Relay ships, to start again from") String shipped,
        @Schema(required = true, description = "whether an admin rewrote it") boolean customised,
        @Schema(required = true, description = "the placeholders it may name") List<String> placeholders,
        Instant updatedAt,
        String updatedBy,
        String updatedByName,
        @Schema(required = true, description = "for If-Match; 0 while the shipped text is in force") long version) {

    @Schema(name = "LetterTemplateList")
    public record Page(@Schema(required = true) List<LetterTemplateView> items) {
    }

    /** A rewrite of a template, to keep or to try. */
    @Schema(name = "LetterTemplateInput")
    public record Input(@Schema(required = true, maxLength = 20000) @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(max = 20000) String text) {
    }

    /** A template rendered with a sample client, contact person, manager and partner. */
    @Schema(name = "LetterSample")
    public record Sample(@Schema(required = true) String subject, @Schema(required = true) String body) {
    }
}
