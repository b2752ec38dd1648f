package app.relay.access;

import java.util.Set;

/**
 * What the row scope and the field rules need to know of one client: its holders (the `ownerId` and
 * `coOwnerId` columns), the other parties standing now that give sight of it, its team, segment and phase on the conveyor
 * (lead, sales, account, lost).
 */
public record ClientContext(String ownerId, String coOwnerId, Set<String> otherParties, String team, String segment,
        String phase) {

    /** Whether this person stands in front of the client now, in a kind that gives sight of it. */
    public boolean hasParty(String userId) {
        return userId.equals(ownerId) || userId.equals(coOwnerId) || otherParties.contains(userId);
    }
}
