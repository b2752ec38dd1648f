package app.relay.client;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.access.RowScope;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * No client twice: the duplicate check while typing, and the refusal of a create that repeats a client,
 * both revealing of the existing client only what the caller may know.
 */
@RequestScoped
public class ClientRepeats {
    private final ClientSearch search;
    private final RowScope access;
    private final FieldAccess fields;
    private final UserDirectory directory;
    private final AuditLog audit;

    ClientRepeats(ClientSearch search, RowScope access, FieldAccess fields, UserDirectory directory,
            AuditLog audit) {
        this.search = search;
        this.access = access;
        this.fields = fields;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DuplicateCheck duplicates(String name, String taxId) {
        if ((name == null || name.isBlank()) && (taxId == null || taxId.isBlank())) {
            throw ProblemException.invalid("name", "give a name or a taxId to check");
        }
        if (name != null && name.length() > 300) {
            throw ProblemException.invalid("name", "must have at most 300 characters");
        }
        if (taxId != null && taxId.length() > 64) {
            throw ProblemException.invalid("taxId", "must have at most 64 characters");
        }
        requireReadableToMatch("name", name, "client.name");
        requireReadableToMatch("taxId", taxId, "client.taxId");
        List<DuplicateCheck.Match> matches = reveal(search.similar(blankToNull(name), blankToNull(taxId))).stream()
                .map(c -> new DuplicateCheck.Match(c.matchedOn(), c.ownerId(), c.ownerName(), c.id(), c.name()))
                .toList();
        audit.recordMany(AuditAction.list, "duplicates", matches.size(), "name=" + name + " taxId=" + taxId);
        return new DuplicateCheck(matches);
    }

    /**
     * A tax id belongs to one client per country, always; a name already in the file needs the caller to say
     * the new client is really another one (after the SPA showed the match). Reveals what the duplicate check may.
     */
    void refuse(ClientInput input, boolean allowDuplicateName) {
        List<ClientSearch.Similar> found = search.identical(input.name(), input.taxId(), input.country()).stream()
                .filter(row -> row.taxMatch() || !allowDuplicateName)
                .toList();
        if (found.isEmpty()) {
            return;
        }
        List<Problem.Conflict> conflicts = reveal(found);
        boolean taxTaken = found.stream().anyMatch(ClientSearch.Similar::taxMatch);
        throw ProblemException.repeats(taxTaken
                ? "A client with this tax id already exists in this country" + (found.stream()
                        .anyMatch(ClientSearch.Similar::deleted) ? " (it may be deleted: a supervisor can restore it)" : "")
                : "A client with this name already exists; if this is really another company, "
                        + "create it again with allowDuplicate=true", conflicts);
    }

    /**
     * What an existing client like the one being entered may tell the caller: that it exists always; its
     * id and name only when they may see it (deleted ones: when they may restore it) and read names; its
     * owner when they may read owners.
     */
    private List<Problem.Conflict> reveal(List<ClientSearch.Similar> rows) {
        Map<String, String> names = directory.namesOf(rows.stream().map(ClientSearch.Similar::ownerId).toList());
        boolean ownerShown = readable("client.ownerId");
        boolean nameShown = readable("client.name");
        return rows.stream().map(row -> {
            boolean shown = row.visible() && (!row.deleted() || access.canRestore());
            return new Problem.Conflict(row.taxMatch() ? "taxId" : "name", shown ? row.id() : null,
                    shown && nameShown ? row.name() : null, ownerShown ? row.ownerId() : null,
                    ownerShown ? names.get(row.ownerId()) : null, shown ? row.deleted() : null);
        }).toList();
    }

    /** A match on a field tells its value: only for callers who may read it. */
    private void requireReadableToMatch(String parameter, String value, String key) {
        if (value != null && !value.isBlank() && !readable(key)) {
            throw ProblemException.invalid(parameter, "your role may not read " + key + ", so it may not match on it");
        }
    }

    private boolean readable(String key) {
        return fields.baseLevel(key).atLeast(AccessLevel.read);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
