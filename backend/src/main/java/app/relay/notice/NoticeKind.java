package app.relay.notice;

/** What a notice tells; the SPA words each kind in the reader's language. */
public enum NoticeKind {
    /** To the leaver: a departure handover of their clients was started; they may write it up. */
    handover_started,
    /** To the leaver: their handover was approved. */
    handover_approved,
    /** To a successor: clients of a completed handover are now theirs; read and acknowledge them. */
    clients_received,
    /** To the approver: the handover they approved was completed. */
    handover_completed,
    /** To the approver: every successor has acknowledged every item. */
    handover_acknowledged,
    /** To a successor: a client of a completed handover was given to them by a correction; read and acknowledge it. */
    item_corrected_to_you,
    /** To the first successor: a client of a completed handover went to someone else by a correction. */
    item_corrected_away,
    /** To a substitute: they stand in as temporary owner for an absent person's clients (a temporary handover). */
    clients_covered,
    /** To a partner: they work with some of a person's clients as partner, with stated duties (a partner handover). */
    clients_shared,
    /** To who runs a departure: the person leaving read or exported far beyond their usual daily volume on a day. */
    leaver_volume,
    /** To who planned and approved a rotation: it is due and could not complete by itself (its history says why). */
    rotation_stuck
}
