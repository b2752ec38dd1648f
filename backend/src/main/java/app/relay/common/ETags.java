package app.relay.common;

/** Optimistic concurrency over HTTP: the ETag is the record's version; PATCH must send it back. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks an If-Match header against the current version: missing is 428, stale is 412. */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you read in an If-Match header, so that no one's change is overwritten");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.equals(Long.toString(currentVersion))) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Someone else changed this record since you read it; reload it and apply your change again");
        }
    }
}
