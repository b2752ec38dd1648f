package app.relay.access;

/** What field rules need to know of the client a field belongs to. */
public record ClientContext(String ownerId, String coOwnerId, String team, String segment) {

    public boolean isTopSegment() {
        return "vip".equals(segment) || "key".equals(segment);
    }
}
