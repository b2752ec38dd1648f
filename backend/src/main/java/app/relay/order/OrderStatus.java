package app.relay.order;

/** Where an order stands with the money: cancelled orders count for nothing, paid ones are no receivable. */
public enum OrderStatus {
    open, invoiced, paid, cancelled
}
