package app.relay.segment;

import app.relay.common.AuditedRecord;
import app.relay.common.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A segment of the client base. Its key never changes: clients refer to it. */
@Entity
@Table(name = "segment")
public class Segment extends AuditedRecord {
    @Id
    public UUID id;
    public String key;
    @JdbcTypeCode(SqlTypes.JSON)
    public Names names;
    public int rank;
    public String colour;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind")
    public SegmentRuleKind ruleKind;
    @Column(name = "top_percent")
    public BigDecimal topPercent;
    @Column(name = "within_days")
    public Integer withinDays;
    @Column(name = "contact_rhythm_days")
    public Integer contactRhythmDays;

    @Column(name = "first_contact_days")
    public Integer firstContactDays;
    public boolean supervised;

    SegmentRule rule() {
        return new SegmentRule(ruleKind, topPercent, withinDays);
    }
}
