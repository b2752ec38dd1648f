package app.relay.letter;

/**
 * Where a letter stands. Before completion: `preview` (would be sent), or why it would not (`held` by a supervisor,
 * `no_consent`, `no_channel`). After: `queued`, `sent`, or `failed` (the outbox tries again; the reason says why),
 * and the three reasons it was never sent.
 */
public enum LetterState {
    preview, queued, sent, failed, held, no_consent, no_channel
}
