package app.relay.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relay.common.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelNormalizerTest {
    private final ChannelNormalizer normalizer = new ChannelNormalizer();

    @ParameterizedTest
    @CsvSource({
            "0721 234 567, RO, +40721234567",
            "+40 (721) 234-567, ES, +40721234567",
            "069 123 456, MD, +37369123456",
            "8 (912) 345-67-89, RU, +79123456789",
            "612 34 56 78, ES, +34612345678"})
    void phonesBecomeE164WithTheClientsCountryAsDefault(String raw, String country, String expected) {
        assertThat(ChannelNormalizer.phone(raw, country)).isEqualTo(expected);
    }

    @Test
    void invalidEntriesAreReportedByPosition() {
        List<ContactChannel> channels = List.of(
                new ContactChannel(ChannelKind.phone, "0721 234 567", true, null),
                new ContactChannel(ChannelKind.phone, "123", true, null),
                new ContactChannel(ChannelKind.email, "nobody@", false, null));

        assertThatThrownBy(() -> normalizer.normalise(channels, "RO"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("channels[1].value", "channels[2].value"));
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        List<ContactChannel> out = normalizer.normalise(
                List.of(new ContactChannel(ChannelKind.email, " Ana.Pop@Firma.RO ", true, "work")), "RO");
        assertThat(out.get(0).value()).isEqualTo("ana.pop@firma.ro");
        assertThat(out.get(0).label()).isEqualTo("work");
    }
}
