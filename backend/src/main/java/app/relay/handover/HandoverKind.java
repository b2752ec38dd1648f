package app.relay.handover;

/**
 * Why clients change hands: a departure moves them for good; a temporary handover puts a substitute in front of
 * an absent person's clients for a period, after which they revert by themselves; a partner handover adds a
 * second manager, with stated duties, to a person's clients; a rotation exchanges clients among several
 * managers on a day, nobody leaving.
 */
public enum HandoverKind {
    departure,
    temporary,
    partner,
    rotation
}
