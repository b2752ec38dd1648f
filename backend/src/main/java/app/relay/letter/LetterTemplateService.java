package app.relay.letter;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.ETags;
import app.relay.common.ProblemException;
import app.relay.common.SqlValues;
import app.relay.identity.ActingParty;
import app.relay.identity.Language;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins rewrite what the letters say, per kind and language: a rewrite is checked (its placeholders above all)
 * before it is kept, applies to the letters written after it, and is recorded in the audit log.
 */
@RequestScoped
public class LetterTemplateService {
    private final EntityManager em;
    private final LetterTemplates templates;
    private final Capabilities capabilities;
    private final ActingParty caller;
    private final AuditLog audit;
    private final UserDirectory directory;

    LetterTemplateService(EntityManager em, LetterTemplates templates, Capabilities capabilities, ActingParty caller,
            AuditLog audit, UserDirectory directory) {
        this.directory = directory;
        this.em = em;
        this.templates = templates;
        this.capabilities = capabilities;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public LetterTemplateView.Page list() {
        requireAdmin();
        List<LetterTemplateView> items = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            for (Language language : Language.values()) {
                items.add(view(kind, language));
            }
        }
        return new LetterTemplateView.Page(items);
    }

    /** Keeps a rewrite when it is a valid template of this kind and the caller saw the one in force (If-Match). */
    @Transactional
    public LetterTemplateView put(String kindName, String languageName, String ifMatch, String text) {
        requireAdmin();
        LetterKind kind = kind(kindName);
        Language language = language(languageName);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))").setParameter("key",
                "letter-template:" + kind + ":" + language).getSingleResult();
        ETags.requireCurrent(ifMatch, view(kind, language).version());
        String normalised = text.replace("\r\n", "\n").strip();
        templates.check(kind, normalised, sample(kind, language));
        em.createNativeQuery("insert into letter_template (kind, language, text, updated_at, updated_by, version) "
                        + "values (:kind, :language, :text, now(), :actor, 1) on conflict (kind, language) do update "
                        + "set text = excluded.text, updated_at = now(), updated_by = excluded.updated_by, "
                        + "version = letter_template.version + 1")
                .setParameter("kind", kind.name()).setParameter("language", language.name()).setParameter("text", normalised)
                .setParameter("actor", caller.id()).executeUpdate();
        audit.record(AuditAction.update, "letter-template", null, null, 1, kind + " " + language);
        return view(kind, language);
    }

    /** The rewrite rendered with sample data, or the problem with it; nothing is kept. */
    public LetterTemplateView.Sample preview(String kindName, String languageName, String text) {
        requireAdmin();
        LetterKind kind = kind(kindName);
        Language language = language(languageName);
        LetterTemplates.Rendered rendered = templates.check(kind, text.replace("\r\n", "\n").strip(), sample(kind, language));
        return new LetterTemplateView.Sample(rendered.subject(), rendered.body());
    }

    @SuppressWarnings("unchecked")
    private LetterTemplateView view(LetterKind kind, Language language) {
        List<Object[]> rows = em.createNativeQuery("select text, updated_at, updated_by, version from letter_template "
                        + "where kind = :kind and language = :language")
                .setParameter("kind", kind.name()).setParameter("language", language.name()).getResultList();
        String shipped = templates.shipped(kind, language).strip();
        if (rows.isEmpty()) {
            return new LetterTemplateView(kind, language, shipped, shipped, false, LetterTemplates.names(kind), null, null,
                    null, 0);
        }
        Object[] row = rows.get(0);
        Instant at = SqlValues.instant(row[1]);
        String by = (String) row[2];
        String text = (String) row[0];
        return new LetterTemplateView(kind, language, text, shipped, !text.equals(shipped), LetterTemplates.names(kind), at,
                by, directory.namesOf(List.of(by)).get(by), ((Number) row[3]).longValue());
    }

    /** A client, contact person, managers and partner to show a template with. */
    private static Map<String, Object> sample(LetterKind kind, Language language) {
        Map<String, Object> data = new HashMap<>();
        data.put("client", Map.of("name", "Vinăria Codru SRL"));
        data.put("contact", Map.of("name", "Ion Rusu"));
        data.put("previous", Map.of("name", "Sara Moldovan"));
        data.put("successor", Map.of("name", "Sam Rusu", "phone", "+373 22 000 111", "email", "sam.rusu@example.com"));
        data.put("effectiveDate", java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(language.name())).format(java.time.LocalDate.of(2026, 12, 1)));
        data.put("company", "Relay");
        if (kind == LetterKind.partner) {
            data.put("duties", "exports to Spain");
        }
        return data;
    }

    private void requireAdmin() {
        capabilities.require(Capability.LETTERS_MANAGE, "Letter templates are kept by admins");
    }

    private static LetterKind kind(String name) {
        return Arrays.stream(LetterKind.values()).filter(kind -> kind.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Letter kind"));
    }

    private static Language language(String name) {
        return Arrays.stream(Language.values()).filter(language -> language.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Letter language"));
    }
}
