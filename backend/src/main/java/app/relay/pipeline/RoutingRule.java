package app.relay.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a client entering a phase finds its owner in a team. */
public enum RoutingRule {
    /** The next of the phase's people in the team, each in turn. */
    ROUND_ROBIN("round-robin"),
    /** Nobody at once: the head of sales chooses (a prospect waits unassigned, a customer with who closed it). */
    HEAD_OF_SALES("head-of-sales");

    private final String wireName;

    RoutingRule(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The rule by its wire name (as stored), or null for none. */
    static RoutingRule of(String wireName) {
        return Arrays.stream(values()).filter(rule -> rule.wireName.equals(wireName)).findFirst().orElse(null);
    }

    /** As a caller writes it: a refused value's problem lists the rules so. */
    @Override
    public String toString() {
        return wireName;
    }
}
