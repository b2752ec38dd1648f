package app.relay.client;

/** Where a client stands with us: prospect, buying now (active), bought in past years (passive), lost. */
public enum Lifecycle {
    prospect, active, passive, lost
}
