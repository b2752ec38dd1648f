package app.relay.contact;

/** How a contact person can be reached. */
public enum ChannelKind {
    phone, email
}
