package app.relay.letter;

/** What a letter tells a client: a new manager (a handover), or a partner working with them besides. */
public enum LetterKind {
    handover,
    partner
}
