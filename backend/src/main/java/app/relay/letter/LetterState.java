package app.relay.letter;

/**
 * Where a letter stands. Before completion: `preview` (would be sent), or why it would not (`held` by a supervisor,
 * `no_consent`, `no_channel`). After: `queued`, `sent`, or `failed` (the outbox tries again; the reason says why),
 * the three reasons it was never sent, `superseded` (a correction named another successor before it went) and
 * `stopped` (the partnership it announced ended before it went).
 */
public enum LetterState {
    preview, queued, sent, failed, held, no_consent, no_channel, superseded, stopped
}
