package app.relay.access;

/** What a caller may do anywhere in Relay, whatever the record; the SPA renders from these, never from roles. */
public enum Capability {
    CLIENTS_ASSIGN("clients.assign"),
    CLIENTS_DELETE("clients.delete"),
    CLIENTS_RESTORE("clients.restore"),
    AUDIT_READ("audit.read"),
    PEOPLE_DEPART("people.depart"),
    FIELD_RULES_MANAGE("fieldRules.manage"),
    EXPORTS_UNLIMITED("exports.unlimited"),
    EXCHANGE_RATES_MANAGE("exchangeRates.manage"),
    SEGMENTS_MANAGE("segments.manage"),
    SEGMENTS_RECALCULATE("segments.recalculate"),
    PIPELINE_MANAGE("pipeline.manage"),
    PIPELINE_MOVE_BACK("pipeline.moveBack"),
    LETTERS_MANAGE("letters.manage");

    private final String wireName;

    Capability(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
