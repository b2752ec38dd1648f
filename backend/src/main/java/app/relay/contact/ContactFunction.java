package app.relay.contact;

/** What a contact person does for the client in dealings with us. Lower case: wire and column values. */
public enum ContactFunction {
    decision_maker, orders, receives_goods, documents, pays
}
