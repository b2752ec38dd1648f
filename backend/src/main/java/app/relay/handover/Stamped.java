package app.relay.handover;

import app.relay.common.Clock;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Who created and last changed a handover record, and its version; handover records are never deleted. */
@MappedSuperclass
abstract class Stamped {
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;

    void markCreated(String actor) {
        createdAt = updatedAt = Clock.now();
        createdBy = updatedBy = actor;
    }

    void touch(String actor) {
        updatedAt = Clock.now();
        updatedBy = actor;
    }
}
