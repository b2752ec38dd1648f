package app.relay.order;

import app.relay.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An order of a client. Never deleted: a wrong one is cancelled. */
@Entity
@Table(name = "client_order")
public class Order extends AuditedRecord {
    @Id
    public UUID id;
    @Column(name = "client_id")
    public UUID clientId;
    @Column(name = "external_id")
    public String externalId;
    public String number;
    @Column(name = "ordered_on")
    public LocalDate date;
    public BigDecimal amount;
    public String currency;
    @Column(name = "company_amount")
    public BigDecimal companyAmount;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    @Column(name = "due_on")
    public LocalDate dueDate;
    @Column(name = "paid_on")
    public LocalDate paidDate;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<OrderLine> lines = new ArrayList<>();
}
