package app.relay.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One client of a handover: what the leaver holds there, who takes it over, and what they must know. */
@Entity
@Table(name = "handover_item")
public class HandoverItem extends Stamped {
    @Id
    public UUID id;
    @Column(name = "handover_id")
    public UUID handoverId;
    @Column(name = "client_id")
    public UUID clientId;
    /** The party kinds the leaver holds at the client (`owner`, `partner`, …); the successor takes each. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> kinds = new ArrayList<>();
    @Column(name = "suggested_successor_id")
    public String suggestedSuccessorId;
    @Column(name = "successor_id")
    public String successorId;
    @Column(name = "state_of_work")
    public String stateOfWork;
    @Column(name = "urgent_matters")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<UrgentMatter> urgentMatters = new ArrayList<>();
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    /** A rotation's member whose place the successor takes (the client's owner when planned); null for other kinds. */
    @Column(name = "holder_id")
    public String holderId;
    @Column(name = "letter_hold_reason")
    public String letterHoldReason;
}
