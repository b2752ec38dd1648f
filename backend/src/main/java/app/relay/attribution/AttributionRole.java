package app.relay.attribution;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a person did for a client whose orders pay them: found it, qualified it and passed it to sales, closed its
 * first deal (the conveyor's attribution parties), or managed it when it ordered (its owner at the end of the
 * order's day).
 */
public enum AttributionRole {
    FOUND("found", "finder"),
    QUALIFIED("qualified", "qualifier"),
    CLOSED("closed", "closer"),
    MANAGES("manages", "owner");

    private final String wireName;
    private final String partyKind;

    AttributionRole(String wireName, String partyKind) {
        this.wireName = wireName;
        this.partyKind = partyKind;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The party kind that holds the person in this role. */
    String partyKind() {
        return partyKind;
    }

    static AttributionRole ofPartyKind(String kind) {
        for (AttributionRole role : values()) {
            if (role.partyKind.equals(kind)) {
                return role;
            }
        }
        throw new IllegalArgumentException("No attribution role for party kind " + kind);
    }
}
