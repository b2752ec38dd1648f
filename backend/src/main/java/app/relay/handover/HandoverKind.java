package app.relay.handover;

/** Why clients change hands; departures first (temporary, rotation and the rest come with part 2). */
public enum HandoverKind {
    departure
}
