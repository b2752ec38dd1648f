package app.relay.letter;

import app.relay.outbox.OutboxHandler;
import app.relay.outbox.OutboxRefusal;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends a queued letter by SMTP. The letter was written whole at completion, so a retry sends the very same
 * text; it carries its id (`X-Relay-Letter`, and the Message-ID) so a mail system can recognise a repeat after a
 * crash between sending and recording it.
 */
@ApplicationScoped
class LetterMail implements OutboxHandler {
    private static final Pattern RECIPIENT_REFUSED = Pattern.compile("^5\\d\\d[ -]5\\.1\\.(1|2|3|6|10)(\\D|$)");

    private final EntityManager em;
    private final Mailer mailer;

    LetterMail(EntityManager em, Mailer mailer) {
        this.em = em;
        this.mailer = mailer;
    }

    @Override
    public String kind() {
        return Letters.MAIL_KIND;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void deliver(String subject, String payload) throws OutboxRefusal {
        UUID id = UUID.fromString(subject);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select email, subject, "
                + "body, language, reply_to from letter where id = :id and state = 'queued'")
                .setParameter("id", id).getResultList());
        if (rows.isEmpty()) {
            return; // nothing to send (never the case for a queued letter: letters are not deleted)
        }
        Object[] letter = rows.get(0);
        Mail mail = Mail.withText((String) letter[0], (String) letter[1], (String) letter[2])
                .addHeader("Message-ID", "<letter-" + id + "@relay>")
                .addHeader("X-Relay-Letter", id.toString())
                .addHeader("Content-Language", (String) letter[3]);
        if (letter[4] != null) {
            mail.setReplyTo((String) letter[4]);
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            if (smtp != null && refusesRecipient(smtp)) {
                throw new OutboxRefusal("The SMTP server refused the recipient: " + smtp.getReplyMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Whether the server refused this letter's recipient for good (no such mailbox, a bad address: enhanced status
     * 5.1.1, 5.1.2, 5.1.3, 5.1.6 or 5.1.10), which another try will not change. Any other failure — the server away, a
     * 4xx, a login or sender refused, relaying denied, a reply without enhanced status — may concern every letter:
     * it is tried again later, and holds the other letters back meanwhile, as before.
     */
    static boolean refusesRecipient(SMTPException smtp) {
        return smtp.isPermanent() && smtp.getReplyMessage() != null
                && RECIPIENT_REFUSED.matcher(smtp.getReplyMessage()).find();
    }

    private static SMTPException smtpCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }
}
