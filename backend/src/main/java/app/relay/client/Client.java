package app.relay.client;

import app.relay.access.ClientContext;
import app.relay.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client of the company, the heart of the central client file. Never hard-deleted. */
@Entity
@Table(name = "client")
public class Client extends AuditedRecord {
    @Id
    public UUID id;
    public String name;
    @Column(name = "tax_id")
    public String taxId;
    @Enumerated(EnumType.STRING)
    public ClientKind kind;
    public String industry;
    public String country;
    public String region;
    public String city;
    public String address;
    public String website;
    @Enumerated(EnumType.STRING)
    public Lifecycle lifecycle;
    /** A segment's key. */
    public String segment;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "co_owner_id")
    public String coOwnerId;
    public String team;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    public String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> attributes = new LinkedHashMap<>();
    /** Its stage on the conveyor (a pipeline stage's id); a trigger sets the default one and keeps `phase` from it. */
    @Column(name = "stage_id")
    public UUID stageId;
    /** lead, sales, account or lost: the phase of its stage. */
    public String phase;
    @JdbcTypeCode(SqlTypes.JSON)
    public Qualification qualification;
    @Column(name = "next_step")
    @JdbcTypeCode(SqlTypes.JSON)
    public NextStep nextStep;

    /** What the row scope and field rules need to know of this client, with the other parties standing now. */
    public ClientContext accessContext(Set<String> otherParties) {
        return new ClientContext(ownerId, coOwnerId, otherParties, team, segment, phase);
    }
}
