package app.relay.client;

import java.util.UUID;

/**
 * A person put a client into a segment (its form, an import, the segment action, with why): observed in the same
 * transaction, so that the recalculation leaves the client where it was put.
 */
public record SegmentSetByHand(UUID clientId, String segment, String reason) {
}
