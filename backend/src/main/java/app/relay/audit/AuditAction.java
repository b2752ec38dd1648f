package app.relay.audit;

/** What someone did with client data. Lower case: wire and column values. */
public enum AuditAction {
    read, list, create, update, delete, restore, export, departure, handover
}
