package app.relay.exports;

import app.relay.client.ClientKind;
import app.relay.client.Lifecycle;
import app.relay.contact.ContactFunction;
import app.relay.contact.PreferredChannel;
import app.relay.identity.Language;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What an export shows a person instead of a code, in their language: "Prospect", "VIP", "Romania" or
 * "Potențial", "Cheie", "România". The texts are in `exports/labels*.properties`.
 */
public final class ExportLabels {
    private static final Map<Language, ExportLabels> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            // No fallback to the JVM's default locale: a missing key falls back to the English base file only.
            BY_LANGUAGE.put(language, new ExportLabels(language, ResourceBundle.getBundle("exports.labels",
                    Locale.forLanguageTag(language.name()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final Language language;
    private final ResourceBundle texts;

    private ExportLabels(Language language, ResourceBundle texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The reader's language, for names kept as data (segments). */
    public Language language() {
        return language;
    }

    public static ExportLabels in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The language the reader chose in Relay, else the first of their browser's that Relay speaks, else English. */
    static ExportLabels forReader(Language chosen, HttpHeaders headers) {
        if (chosen != null) {
            return in(chosen);
        }
        return in(headers.getAcceptableLanguages().stream()
                .map(locale -> locale.getLanguage().toLowerCase(Locale.ROOT))
                .flatMap(code -> Arrays.stream(Language.values()).filter(l -> l.name().equals(code)))
                .findFirst().orElse(Language.en));
    }

    /** A column header or sheet name: `header.taxId`, `sheet.contacts`. */
    public String text(String key) {
        return texts.getString(key);
    }

    public String of(ClientKind kind) {
        return kind == null ? null : text("kind." + kind.name());
    }

    public String of(Lifecycle lifecycle) {
        return lifecycle == null ? null : text("lifecycle." + lifecycle.name());
    }

    public String of(ContactFunction function) {
        return text("function." + function.name());
    }

    public String of(PreferredChannel channel) {
        return channel == null ? null : text("preferred." + channel.name());
    }

    public String yesNo(Boolean value) {
        return value == null ? null : text(value ? "yes" : "no");
    }

    /** A country's name; a code Relay has no name for (or a masked one) stays as it is. */
    public String country(String code) {
        return code == null || !texts.containsKey("country." + code) ? code : text("country." + code);
    }
}
