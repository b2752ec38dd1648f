package app.relay.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * The ways a person stands in front of a client. Each kind is governed by a field key (who may read and
 * assign it) and says whether it lets its holder see the client and be in its inner circle.
 */
public enum PartyKind {
    OWNER("owner", "client.ownerId", true),
    CO_OWNER("co-owner", "client.coOwnerId", true),
    PARTNER("partner", "party.partner", true),
    TEMPORARY_OWNER("temporary-owner", "party.temporaryOwner", true),
    // Named by a handover; sees the client from the handover's approval (handover issue).
    SUCCESSOR("successor", "party.successor", false),
    EXECUTIVE_SPONSOR("executive-sponsor", "party.executiveSponsor", true),
    // Attribution, written by moves on the conveyor: who found, qualified and closed the client. Never sight.
    FINDER("finder", "party.finder", false),
    QUALIFIER("qualifier", "party.qualifier", false),
    CLOSER("closer", "party.closer", false);

    private final String wireName;
    private final String fieldKey;
    private final boolean givesSight;

    PartyKind(String wireName, String fieldKey, boolean givesSight) {
        this.wireName = wireName;
        this.fieldKey = fieldKey;
        this.givesSight = givesSight;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The field rule that governs reading and assigning this kind. */
    public String fieldKey() {
        return fieldKey;
    }

    public boolean givesSight() {
        return givesSight;
    }

    /** Owner and co-owner are columns of the client (its `ownerId`, `coOwnerId`); the others live only as parties. */
    public boolean isHolderColumn() {
        return this == OWNER || this == CO_OWNER;
    }

    /** Written by Relay from the conveyor's moves, never assigned by a person. */
    public boolean isAttribution() {
        return this == FINDER || this == QUALIFIER || this == CLOSER;
    }

    public static PartyKind of(String wireName) {
        PartyKind kind = find(wireName);
        if (kind == null) {
            throw new IllegalArgumentException("unknown party kind " + wireName);
        }
        return kind;
    }

    /** The kind of this wire name, or null. */
    public static PartyKind find(String wireName) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst().orElse(null);
    }

    /**
     * Kinds other than owner and co-owner that let their holder see the client, as SQL string literals: what a
     * handover passes on besides the holders (never a named successor, never who found or closed the client).
     */
    public static String sightKindsSql() {
        return literals(Arrays.stream(values()).filter(k -> k.givesSight && !k.isHolderColumn()).toList());
    }

    /** Every kind that lets its holder see the client, owner and co-owner included, as SQL string literals. */
    public static String allSightKindsSql() {
        return literals(Arrays.stream(values()).filter(PartyKind::givesSight).toList());
    }

    private static String literals(List<PartyKind> kinds) {
        return String.join(", ", kinds.stream().map(k -> "'" + k.wireName + "'").toList());
    }
}
