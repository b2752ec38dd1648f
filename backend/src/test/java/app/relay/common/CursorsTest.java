package app.relay.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorsTest {
    private static final Cursors CURSORS = new Cursors("a-key-for-this-test");
    private static final Cursor POSITION = new Cursor("Ştefănescu Agro SRL", UUID.randomUUID());

    @Test
    void aSealedCursorOpensToTheSamePositionAndShowsNothingOfIt() {
        String token = CURSORS.seal(POSITION);

        assertThat(CURSORS.open(token)).isEqualTo(POSITION);
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("Agro").doesNotContain(POSITION.id().toString());
        assertThat(CURSORS.seal(POSITION)).as("a fresh IV every time").isNotEqualTo(token);
    }

    @Test
    void aTamperedForgedOrForeignCursorIsRefusedNamingTheParameter() {
        String token = CURSORS.seal(POSITION);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        String forged = Base64.getUrlEncoder().encodeToString((UUID.randomUUID() + "|Zeta").getBytes(StandardCharsets.UTF_8));
        String foreign = new Cursors("another-installation-key").seal(POSITION);

        for (String bad : new String[] {tampered, forged, foreign, "!!!", "x"}) {
            assertThatThrownBy(() -> CURSORS.open(bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("cursor"));
        }
        assertThat(CURSORS.open(null)).isNull();
        assertThat(CURSORS.open(" ")).isNull();
    }

    @Test
    void idPositionsAreSealedTooAndTheTwoKindsNeverPassForEachOther() {
        String token = CURSORS.sealId(4242);
        assertThat(CURSORS.openId(token, -1)).isEqualTo(4242);
        assertThat(CURSORS.openId(null, -1)).isEqualTo(-1);
        assertThat(token).doesNotContain("4242");
        assertThatThrownBy(() -> CURSORS.openId(CURSORS.seal(POSITION), -1)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CURSORS.open(token)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CURSORS.openId("4241", -1)).isInstanceOf(ProblemException.class);
    }
}
