package app.relay.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Who created and last changed a record, its soft deletion, and its version for optimistic locking. */
@MappedSuperclass
public abstract class AuditedRecord {
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "deleted_at")
    public Instant deletedAt;
    @Column(name = "deleted_by")
    public String deletedBy;
    @Version
    public long version;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void markCreated(String actor) {
        createdAt = updatedAt = Clock.now();
        createdBy = updatedBy = actor;
    }

    /** Records who changed the record; the history trigger reads `updated_by` as the actor. */
    public void touch(String actor) {
        updatedAt = Clock.now();
        updatedBy = actor;
    }

    public void markDeleted(String actor) {
        deletedAt = Clock.now();
        deletedBy = actor;
        touch(actor);
    }

    public void restore(String actor) {
        deletedAt = null;
        deletedBy = null;
        touch(actor);
    }
}
