package app.relay.letter;

import app.relay.identity.Language;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The letters telling a client who their new manager is ({@code handover}) or who works with them besides
 * ({@code partner}), one Qute template per kind and language. A template's first line is the subject, the rest
 * after a blank line the body; both may name `{client.name}`, `{contact.name}`, `{previous.name}` (the manager
 * before, or the one who stays), `{successor.name}`, `{successor.phone}`, `{successor.email}` (the new manager or
 * the partner), `{effectiveDate}`, `{company}`, and a partner's `{duties}`. Rendering is strict: a template naming
 * anything else fails instead of writing an empty gap.
 */
@ApplicationScoped
public class LetterTemplates {
    private final Map<LetterKind, Map<Language, Parsed>> parsed = new EnumMap<>(LetterKind.class);

    LetterTemplates(Engine engine) {
        for (LetterKind kind : LetterKind.values()) {
            Map<Language, Parsed> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                byLanguage.put(language, parse(engine, read("letters/" + kind + "." + language + ".txt")));
            }
            parsed.put(kind, byLanguage);
        }
    }

    /** The subject and body of this kind in this language, filled in with this data (nested maps, as named above). */
    public Rendered render(LetterKind kind, Language language, Map<String, Object> data) {
        Parsed parsed = this.parsed.get(kind).get(language);
        return new Rendered(parsed.subject().data(data).render().strip(), parsed.body().data(data).render().strip() + "\n");
    }

    public record Rendered(String subject, String body) {
    }

    private record Parsed(Template subject, Template body) {
    }

    private static Parsed parse(Engine engine, String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new IllegalArgumentException("A letter template is a subject line, a blank line and a body");
        }
        return new Parsed(engine.parse(text.substring(0, end)), engine.parse(text.substring(end + 1).stripLeading()));
    }

    private static String read(String resource) {
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing letter template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
