package app.relay.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryServiceTest {

    @ParameterizedTest
    @CsvSource({"owner_id, ownerId", "co_owner_id, coOwnerId", "name, name", "family_notes, familyNotes"})
    void columnNamesBecomeApiFieldNames(String column, String field) {
        assertThat(HistoryService.camel(column)).isEqualTo(field);
    }
}
