package app.relay.access;

import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.ActingParty;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The caller's rights on each governed field: the most generous of their roles, narrowed by guards. */
@RequestScoped
public class FieldAccess {
    private static final String HANDOVER_FIELDS = "handover.";

    private final ActingParty user;
    private final FieldPolicyStore policy;
    private final SegmentCatalog segments;
    // Asked for every field of every row of a list: worked out once per request.
    private final Map<String, AccessLevel> baseLevels = new HashMap<>();
    // Which segments are supervised, read once per request: every row of a page is judged by the same rules.
    private Set<String> supervised;

    FieldAccess(ActingParty user, FieldPolicyStore policy, SegmentCatalog segments) {
        this.user = user;
        this.policy = policy;
        this.segments = segments;
    }

    /** The level from the caller's roles alone, before any client-specific guard. */
    public AccessLevel baseLevel(String key) {
        return baseLevels.computeIfAbsent(key, this::mostGenerousLevel);
    }

    private AccessLevel mostGenerousLevel(String key) {
        if (user.actor().isSystem()) {
            return AccessLevel.write; // Relay's own jobs move parties and phases; they read and write everything.
        }
        AccessLevel best = AccessLevel.hidden;
        for (String role : user.roles()) {
            AccessLevel level = policy.level(role, key);
            if (level.atLeast(best)) {
                best = level;
            }
        }
        // Serving notice: the client file is read-only; only the handover's write-up is theirs to write.
        return user.actor().onNotice() && !key.startsWith(HANDOVER_FIELDS) ? best.atMost(AccessLevel.read) : best;
    }

    /** The level on a field of one client, guards applied. */
    public AccessLevel level(String key, ClientContext client) {
        AccessLevel level = baseLevel(key);
        FieldCatalog.Field field = FieldCatalog.get(key);
        if (field != null && field.guard() != null && !isInnerCircle(client)
                && (!field.guard().topSegmentsOnly() || client.segment() != null && supervised().contains(client.segment()))) {
            level = level.atMost(field.guard().cap());
        }
        return level;
    }

    private Set<String> supervised() {
        if (supervised == null) {
            supervised = segments.supervisedKeys();
        }
        return supervised;
    }

    private boolean isInnerCircle(ClientContext client) {
        return RowScope.isInnerCircle(user.actor(), client);
    }

    /** Refuses a write touching any field the caller may not write, naming them all; nothing is changed. */
    public void checkWritable(String entity, Collection<String> properties, ClientContext client) {
        List<String> refused = properties.stream()
                .map(p -> entity + "." + p)
                .filter(FieldCatalog::exists)
                .filter(key -> !level(key, client).atLeast(AccessLevel.write))
                .toList();
        if (!refused.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your role may not change " + refused,
                    refused.stream().map(key -> new Problem.FieldError(key.substring(key.indexOf('.') + 1),
                            "not writable by your role (" + key + ")", Problem.FieldError.NOT_ALLOWED)).toList());
        }
    }

    /** Base levels of every governed field, for the SPA to render from. */
    public Map<String, AccessLevel> baseLevels() {
        Map<String, AccessLevel> out = new LinkedHashMap<>();
        FieldCatalog.FIELDS.forEach(f -> out.put(f.key(), baseLevel(f.key())));
        return out;
    }
}
