package app.relay.pipeline;

import app.relay.common.AuditedRecord;
import app.relay.common.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stage of the conveyor, in one phase. Archived, never deleted: moves refer to it for ever. */
@Entity
@Table(name = "pipeline_stage")
public class Stage extends AuditedRecord {
    @Id
    public UUID id;
    public String key;
    @JdbcTypeCode(SqlTypes.JSON)
    public Names names;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    public int position;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Column(name = "archived_by")
    public String archivedBy;

    boolean archived() {
        return archivedAt != null;
    }
}
