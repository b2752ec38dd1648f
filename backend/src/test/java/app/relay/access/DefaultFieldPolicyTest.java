package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultFieldPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "lead-generator, client.revenue12m, hidden",
            "lead-generator, client.receivables, hidden",
            "sales-manager, client.segment, read",
            "account-manager, client.ownerId, read",
            "head-of-sales, client.segment, write",
            "director, client.ownerId, write",
            "admin, contact.channels, masked",
            "admin, client.name, read",
            "integration, contact.channels, masked",
            "integration, client.name, write",
            "a-role-added-later, client.name, hidden"})
    void shippedDefaults(String role, String key, AccessLevel expected) {
        assertThat(DefaultFieldPolicy.levelFor(role, key)).isEqualTo(expected);
    }

    @Test
    void personalNotesAndTopClientChannelsAreGuarded() {
        assertThat(FieldCatalog.get("contact.familyNotes").guard().cap()).isEqualTo(AccessLevel.hidden);
        assertThat(FieldCatalog.get("contact.birthday").guard().topSegmentsOnly()).isFalse();
        assertThat(FieldCatalog.get("contact.channels").guard().topSegmentsOnly()).isTrue();
        assertThat(FieldCatalog.get("client.name").guard()).isNull();
    }

    @Test
    void levelsOrderFromHiddenToWrite() {
        assertThat(AccessLevel.write.atMost(AccessLevel.masked)).isEqualTo(AccessLevel.masked);
        assertThat(AccessLevel.hidden.atMost(AccessLevel.masked)).isEqualTo(AccessLevel.hidden);
        assertThat(AccessLevel.read.atLeast(AccessLevel.masked)).isTrue();
    }
}
