package app.relay.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.identity.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of letter renders in every language from what Relay gives it, leaving no placeholder behind. */
@QuarkusTest
class LetterTemplatesTest {
    @Inject
    LetterTemplates templates;

    @Test
    void everyKindRendersInEveryLanguage() {
        LetterTemplates.Current current = QuarkusTransaction.requiringNew().call(templates::current);
        for (LetterKind kind : LetterKind.values()) {
            for (Language language : Language.values()) {
                Map<String, Object> data = new HashMap<>();
                data.put("client", Map.of("name", "Vinăria Codru"));
                data.put("contact", Map.of("name", "Ion Rusu"));
                data.put("previous", Map.of("name", "Sara Moldovan"));
                data.put("successor", Map.of("name", "Sam Rusu", "phone", "+373 22 000 111", "email", "sam@relay.test"));
                data.put("effectiveDate", "1 December 2026");
                data.put("company", "Relay Demo");
                if (kind == LetterKind.partner) {
                    data.put("duties", "exports to Spain");
                }
                LetterTemplates.Rendered letter = current.render(kind, language, data);
                assertThat(letter.subject()).as(kind + " " + language).contains("Sam Rusu").doesNotContain("{");
                assertThat(letter.body()).as(kind + " " + language).contains("Ion Rusu", "Vinăria Codru", "Sara Moldovan",
                        "+373 22 000 111", "sam@relay.test", "Relay Demo").doesNotContain("{", "}");
                if (kind == LetterKind.partner) {
                    assertThat(letter.body()).contains("exports to Spain");
                }
            }
        }
    }
}
