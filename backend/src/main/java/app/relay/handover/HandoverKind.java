package app.relay.handover;

/**
 * Why clients change hands: a departure moves them for good; a temporary handover puts a substitute in front of
 * an absent person's clients for a period, after which they revert by themselves.
 */
public enum HandoverKind {
    departure,
    temporary
}
