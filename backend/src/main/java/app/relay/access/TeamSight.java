package app.relay.access;

import java.util.List;

/**
 * The row scope when it has the simple shape aggregates can use: every client, or whole teams plus (for a person)
 * the clients where one stands. {@link RowScope#teamSight()} answers it; counts kept per team can then be summed.
 */
public record TeamSight(boolean everything, List<String> teams, boolean standing) {
    static final TeamSight EVERYTHING = new TeamSight(true, List.of(), false);
}
