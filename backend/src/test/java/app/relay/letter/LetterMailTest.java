package app.relay.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a recipient refused for good fails a letter alone; whatever may concern every letter is tried again. */
class LetterMailTest {
    @Test
    void aMailboxThatDoesNotExistIsARefusalAndNothingElseIs() {
        assertThat(LetterMail.refusesRecipient(reply(550, "550 5.1.1 No such mailbox here"))).isTrue();
        assertThat(LetterMail.refusesRecipient(reply(553, "553 5.1.3 Bad recipient address syntax"))).isTrue();
        assertThat(LetterMail.refusesRecipient(reply(550, "550 5.1.10 Recipient address has null MX"))).isTrue();
        // Every letter would meet these: a login refused, relaying denied, the sender refused, a greeting refused.
        assertThat(LetterMail.refusesRecipient(reply(535, "535 5.7.8 Authentication credentials invalid"))).isFalse();
        assertThat(LetterMail.refusesRecipient(reply(550, "550 5.7.1 Relaying denied"))).isFalse();
        assertThat(LetterMail.refusesRecipient(reply(553, "553 5.1.8 Sender address domain does not exist"))).isFalse();
        assertThat(LetterMail.refusesRecipient(reply(554, "554 Transaction failed"))).isFalse();
        assertThat(LetterMail.refusesRecipient(reply(550, "550 Requested action not taken"))).isFalse();
        // A mailbox full for now is tried again.
        assertThat(LetterMail.refusesRecipient(reply(452, "452 4.2.2 Mailbox full"))).isFalse();
    }

    private static SMTPException reply(int code, String line) {
        return new SMTPException("sending", code, List.of(line), true);
    }
}
