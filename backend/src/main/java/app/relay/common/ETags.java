package app.relay.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: the ETag is the record's version, a strong validator. PATCH and
 * DELETE must send it back in If-Match (RFC 9110 §13.1.1): `*` matches any current record; a list
 * matches when one of its tags does; a weak tag (`W/"3"`) never matches, since If-Match compares strongly.
 */
public final class ETags {
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7e]*)\"\\s*(,|$)");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks an If-Match header against the current version: missing is 428, malformed 400, stale 412. */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you read in an If-Match header, so that no one's change is overwritten");
        }
        if (ifMatch.strip().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        Matcher tags = TAG.matcher(ifMatch);
        int end = 0;
        boolean matches = false;
        while (end < ifMatch.length() && tags.find(end) && tags.start() == end) {
            matches |= tags.group(1) == null && tags.group(2).equals(current);
            end = tags.end();
        }
        if (end != ifMatch.length()) {
            throw new ProblemException(ProblemType.VALIDATION, "If-Match must be an ETag as sent by Relay, e.g. \"3\"",
                    List.of(new Problem.FieldError("If-Match", "not an entity tag")));
        }
        if (!matches) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Someone else changed this record since you read it; reload it and apply your change again");
        }
    }
}
