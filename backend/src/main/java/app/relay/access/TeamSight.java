package app.relay.access;

import java.util.List;

/**
 * The row scope as the shape aggregates kept per team (and owner, segment, stage) can use: every client, or whole
 * teams (all their clients, or only those in one phase: a lead generator's) plus, for a person, the clients where
 * one stands.
 * {@link RowScope#teamSight()} answers it; `RowScopeTest` holds it to the row scope's SQL.
 */
public record TeamSight(boolean everything, List<String> teams, String phase, boolean standing) {
    static final TeamSight EVERYTHING = new TeamSight(true, List.of(), null, false);

    /** Whether the sight of a team takes all its clients, whatever their phase. */
    public boolean wholeTeams() {
        return phase == null;
    }
}
