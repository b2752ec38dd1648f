package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasksTest {

    @ParameterizedTest
    @CsvSource({
            "+79123454567, +7 *** *** 45 67",
            "+40721234567, +40 *** *** 45 67",
            "+37369123456, +373 *** *** 34 56",
            "ana@firm.ro, a***@firm.ro",
            "Ionescu, I***"})
    void maskedValuesKeepTheirShape(String value, String masked) {
        assertThat(Masks.text(value)).isEqualTo(masked);
    }
}
