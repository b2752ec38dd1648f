package app.relay.contact;

import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises contact channels: phones to E.164 (country from the client when no prefix), e-mails. */
@ApplicationScoped
public class ChannelNormalizer {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public List<ContactChannel> normalise(List<ContactChannel> channels, String clientCountry) {
        if (channels == null) {
            return null;
        }
        List<ContactChannel> out = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ContactChannel channel = channels.get(i);
            String field = "channels[" + i + "].value";
            if (channel.kind() == ChannelKind.phone) {
                String phone = phone(channel.value(), clientCountry);
                if (phone == null) {
                    errors.add(new Problem.FieldError(field, "not a valid phone number for " + clientCountry
                            + "; use the international form, e.g. +40 721 234 567", Problem.FieldError.PHONE));
                }
                out.add(channel.withValue(phone));
            } else {
                String email = channel.value().trim();
                if (!EMAIL.matcher(email).matches()) {
                    errors.add(new Problem.FieldError(field, "not a valid e-mail address", Problem.FieldError.EMAIL));
                }
                out.add(channel.withValue(email.toLowerCase(Locale.ROOT)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", errors);
        }
        return out;
    }

    /** E.164 form of a phone number, or null when it is not a valid number. */
    static String phone(String raw, String defaultCountry) {
        try {
            PhoneNumber number = PHONES.parse(raw, defaultCountry);
            return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
