package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
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

    @ParameterizedTest
    @CsvSource({
            "'Renewal agreed; write ion@firm.ro, they may leave', R***",
            "'+40 721 234 567 is his own phone', +***"})
    void proseShowsNothingButItsFirstCharacter(String value, String masked) {
        assertThat(Masks.prose(TextNode.valueOf(value)).asText()).isEqualTo(masked);
        ArrayNode matters = JsonNodeFactory.instance.arrayNode();
        matters.addObject().put("text", value).put("due", "2027-01-15");
        JsonNode shown = Masks.prose(matters);
        assertThat(shown.get(0).get("text").asText()).isEqualTo(masked);
        assertThat(shown.get(0).get("due").asText()).as("the due date stays").isEqualTo("2027-01-15");
    }
}
