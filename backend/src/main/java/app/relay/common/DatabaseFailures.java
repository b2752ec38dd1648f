package app.relay.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** Tells a database outage (the caller may retry) from a bug (ours to fix), from the exception alone. */
final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /**
     * Connection failures (SQLSTATE class 08), a server shutting down or starting (57P01-57P03), and a
     * pool that could not hand out a connection in time (the database was unreachable meanwhile).
     */
    static boolean isOutage(Throwable failure) {
        return causes(failure).anyMatch(DatabaseFailures::isOutageItself);
    }

    private static boolean isOutageItself(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        // Agroal's pool says so only in words: no connection could be had in time.
        if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
            return true;
        }
        String state = sql.getSQLState();
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /**
     * The failure, its causes and what they suppressed: a commit that failed because the server went away
     * reports it as a suppressed XA failure, not as a cause.
     */
    private static Stream<Throwable> causes(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty() && seen.size() < 50) {
            Throwable t = next.pop();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return seen.stream();
    }

    /** A unique index refused the row: two requests raced past the service's own check. */
    static boolean isUniqueViolation(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof SQLException sql && "23505".equals(sql.getSQLState()));
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
