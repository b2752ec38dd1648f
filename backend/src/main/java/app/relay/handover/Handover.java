package app.relay.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person's clients passing to successors, for good or for a while, or a set of clients rotating among managers.
 * Never deleted: cancelled at most.
 */
@Entity
@Table(name = "handover")
public class Handover extends Stamped {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public HandoverKind kind;
    @Column(name = "user_id")
    public String userId;
    @Enumerated(EnumType.STRING)
    public DepartureReason reason;
    @Column(name = "last_working_day")
    public LocalDate lastWorkingDay;
    public String note;
    @Enumerated(EnumType.STRING)
    public HandoverState state;
    /** Who joins the clients (a temporary cover's substitute, a partner) and for when; a partner's duties. */
    @Column(name = "joiner_id")
    public String joinerId;
    public String duties;
    @Column(name = "tell_clients")
    public boolean tellClients;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    /** A rotation's managers, among whom its clients change hands (it has no single person: userId is null). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> members;
}
