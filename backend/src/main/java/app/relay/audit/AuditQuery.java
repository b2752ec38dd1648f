package app.relay.audit;

import app.relay.common.ProblemException;
import java.time.Instant;
import java.util.UUID;

/** What an auditor asks of the log: whose acts, on which client, which kind, in which period, which page. */
record AuditQuery(String actorId, UUID clientId, AuditAction action, Instant from, Instant to, int limit, long before) {

    AuditQuery {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be later than from");
        }
    }
}
