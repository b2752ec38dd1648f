package app.relay.contact;

/** The way a contact person prefers to be approached. */
public enum PreferredChannel {
    phone, email, messenger, in_person
}
