package app.relay.client;

/** Where a client stands with us: prospect, buying now (active), bought in past years (passive), lost. */
public enum Lifecycle {
    prospect, active, passive, lost;

    /**
     * Whether a client of this lifecycle may stand in this phase of the conveyor: a prospect is a lead or in sales,
     * a customer in account management, a lost client lost.
     */
    public static boolean fits(Lifecycle lifecycle, String phase) {
        return switch (lifecycle) {
            case prospect -> "lead".equals(phase) || "sales".equals(phase);
            case active, passive -> "account".equals(phase);
            case lost -> "lost".equals(phase);
        };
    }
}
