package app.relay.client;

import app.relay.access.ClientContext;

/** A client's view together with what the field rules need to read what hangs off it (its contact persons). */
public record ClientInScope(ClientView view, ClientContext context) {
}
