package app.relay.letter;

import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.Language;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.ValueResolvers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The letters telling a client who their new manager is ({@code handover}) or who works with them besides
 * ({@code partner}): one Qute template per kind and language, as shipped (`letters/<kind>.<lang>.txt`) or as an
 * admin rewrote it (table `letter_template`). A template's first line is the subject, the rest after a blank line
 * the body; both may name only {@link #names(LetterKind)}, and use no section but {@code {#if}…{#else}…{/if}}: letters
 * have an engine of their own, without loops, includes, evaluation or namespaces (the configuration's above all),
 * so that what an admin writes can only fill in these names. Rendering is strict: nothing else is ever filled in
 * with an empty gap, and a rewrite naming anything else is refused before it is kept. Should a kept rewrite still
 * fail, or come out empty, for some letter, that letter is written from the shipped text instead (and logged).
 */
@ApplicationScoped
public class LetterTemplates {
    private static final List<String> COMMON = List.of("client.name", "contact.name", "previous.name", "successor.name",
            "successor.phone", "successor.email", "effectiveDate", "company");

    /** A subject longer than the letter's column is cut (a long client name or duties in a rewritten subject). */
    static final int SUBJECT_MAX = 300;
    private static final Logger LOG = Logger.getLogger(LetterTemplates.class);

    private final Engine engine = Engine.builder().addSectionHelper(new IfSectionHelper.Factory())
            .addValueResolver(ValueResolvers.mapResolver()).removeStandaloneLines(true).strictRendering(true).build();
    private final EntityManager em;
    private final Map<LetterKind, Map<Language, String>> shipped = new EnumMap<>(LetterKind.class);
    /** Parsed texts, by text: shipped and rewritten ones alike are parsed once. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    LetterTemplates(EntityManager em) {
        this.em = em;
        for (LetterKind kind : LetterKind.values()) {
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String text = read("letters/" + kind + "." + language + ".txt");
                parse(text); // a shipped template that does not parse stops Relay at start, not at the first letter
                byLanguage.put(language, text);
            }
            shipped.put(kind, byLanguage);
        }
    }

    /** What a template of this kind may name: `{client.name}`, …, and a partner's `{duties}`. */
    public static List<String> names(LetterKind kind) {
        List<String> names = new ArrayList<>(COMMON);
        if (kind == LetterKind.partner) {
            names.add("duties");
        }
        return names;
    }

    public String shipped(LetterKind kind, Language language) {
        return shipped.get(kind).get(language);
    }

    /** The templates in force now, read once for a batch of letters: every instance writes with the same ones. */
    @SuppressWarnings("unchecked")
    public Current current() {
        Map<LetterKind, Map<Language, String>> texts = new EnumMap<>(LetterKind.class);
        shipped.forEach((kind, byLanguage) -> texts.put(kind, new EnumMap<>(byLanguage)));
        List<Object[]> rows = em.createNativeQuery("select kind, language, text from letter_template").getResultList();
        for (Object[] row : rows) {
            LetterKind kind = LetterKind.valueOf((String) row[0]);
            Language language = Language.valueOf((String) row[1]);
            String text = (String) row[2];
            if (text.strip().equals(shipped(kind, language).strip())) {
                continue;
            }
            try {
                parse(text); // a rewrite that does not parse gives way once per batch, not once per letter
                texts.get(kind).put(language, text);
            } catch (RuntimeException e) {
                LOG.warnf("the rewritten %s letter in %s does not parse (%s): written from the shipped text", kind,
                        language, e.getMessage());
            }
        }
        return new Current(texts);
    }

    /** The templates of one moment. */
    public final class Current {
        private final Map<LetterKind, Map<Language, String>> texts;

        private Current(Map<LetterKind, Map<Language, String>> texts) {
            this.texts = texts;
        }

        /** The subject and body of this kind in this language, filled in with this data (nested maps, as named). */
        public Rendered render(LetterKind kind, Language language, Map<String, Object> data) {
            String text = texts.get(kind).get(language);
            String shippedText = shipped(kind, language);
            if (text != shippedText) { // a rewrite in force (the shipped text is the very same string otherwise)
                try {
                    Rendered rendered = LetterTemplates.this.render(parse(text), data);
                    if (!rendered.subject().isBlank() && !rendered.body().isBlank()) {
                        return rendered;
                    }
                    LOG.warnf("the rewritten %s letter in %s came out empty: written from the shipped text", kind, language);
                } catch (RuntimeException e) {
                    LOG.warnf("the rewritten %s letter in %s failed (%s): written from the shipped text", kind, language,
                            e.getMessage());
                }
            }
            return LetterTemplates.this.render(parse(shippedText), data);
        }
    }

    /**
     * Refuses a text that is not a subject line, a blank line and a body, that Qute cannot read, or that names
     * anything a letter of this kind does not have; otherwise answers it rendered with sample data.
     */
    public Rendered check(LetterKind kind, String text, Map<String, Object> sample) {
        Parsed template;
        try {
            template = parseNew(text); // not kept: a preview is not yet a template
        } catch (IllegalArgumentException | TemplateException e) {
            throw ProblemException.invalid("text", e.getMessage());
        }
        List<String> allowed = names(kind);
        Set<String> unknown = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Template part : List.of(template.subject(), template.body())) {
            for (Expression expression : part.getExpressions()) {
                String named = expression.toOriginalString();
                if (!expression.isLiteral() && !allowed.contains(named) && unknown.add(named)) {
                    String where = part == template.subject() ? " in the subject"
                            : " on line " + (expression.getOrigin().getLine() + template.bodyLine() - 1);
                    errors.add(new Problem.FieldError("text", "unknown placeholder {" + named + "}" + where + "; a "
                            + kind + " letter may name " + String.join(", ", allowed.stream().map(n -> "{" + n + "}").toList())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The template names what a letter does not have", errors);
        }
        Rendered first = null;
        for (Map<String, Object> data : List.of(sample, withoutChannels(sample))) {
            Rendered rendered;
            try {
                rendered = renderWhole(template, data);
            } catch (RuntimeException e) {
                throw ProblemException.invalid("text", e.getMessage());
            }
            first = first == null ? rendered : first;
            if (rendered.subject().isBlank() || rendered.body().isBlank()) {
                throw ProblemException.invalid("text", "the " + (rendered.subject().isBlank() ? "subject" : "body")
                        + " comes out empty" + (data == sample ? "" : " for a manager without a corporate phone and e-mail"));
            }
            if (rendered.subject().codePointCount(0, rendered.subject().length()) > SUBJECT_MAX) {
                throw ProblemException.invalid("text", "the subject comes out longer than " + SUBJECT_MAX + " characters");
            }
        }
        return first; // as the sample manager, with a phone and an e-mail, would have it
    }

    /** The sample again, for a manager with neither a phone nor an e-mail: the other branch of each {@code #if}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutChannels(Map<String, Object> sample) {
        Map<String, Object> data = new HashMap<>(sample);
        Map<String, Object> successor = new HashMap<>((Map<String, Object>) sample.get("successor"));
        successor.put("phone", null);
        successor.put("email", null);
        data.put("successor", successor);
        return data;
    }

    public record Rendered(String subject, String body) {
    }

    /** A template's subject and body, and the line of the whole text the body starts on. */
    private record Parsed(Template subject, Template body, int bodyLine) {
    }

    /** As sent: a subject longer than the column is cut, by whole characters. */
    private Rendered render(Parsed template, Map<String, Object> data) {
        Rendered whole = renderWhole(template, data);
        String subject = whole.subject();
        if (subject.codePointCount(0, subject.length()) > SUBJECT_MAX) {
            subject = subject.substring(0, subject.offsetByCodePoints(0, SUBJECT_MAX - 1)) + "…";
        }
        return new Rendered(subject, whole.body());
    }

    private Rendered renderWhole(Parsed template, Map<String, Object> data) {
        Map<String, Object> copy = new HashMap<>(data);
        return new Rendered(template.subject().data(copy).render().strip(), template.body().data(copy).render().strip() + "\n");
    }

    private Parsed parse(String text) {
        return parsed.computeIfAbsent(text, this::parseNew);
    }

    private Parsed parseNew(String text) {
        int end = text.indexOf('\n');
        if (end <= 0 || text.substring(0, end).isBlank() || text.substring(end + 1).isBlank()) {
            throw new IllegalArgumentException("A letter template is a subject line, then the body (after a blank line)");
        }
        String rest = text.substring(end + 1);
        String body = rest.stripLeading();
        int bodyLine = 2 + (int) rest.substring(0, rest.length() - body.length()).chars().filter(c -> c == '\n').count();
        return new Parsed(engine.parse(text.substring(0, end)), engine.parse(body), bodyLine);
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
