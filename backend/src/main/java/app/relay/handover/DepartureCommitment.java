package app.relay.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a leaver signed and gave back on a departure (see {@link DepartureCommitments}). */
@Entity
@Table(name = "departure_commitment")
public class DepartureCommitment extends Stamped {
    @Id
    @Column(name = "handover_id")
    public UUID handoverId;
    @Column(name = "non_compete_signed")
    public boolean nonCompeteSigned;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "non_compete_ends_on")
    public LocalDate nonCompeteEndsOn;
    @Column(name = "key_client_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> keyClientIds = new ArrayList<>();
    @Column(name = "phone_number")
    public String phoneNumber;
    @Column(name = "phone_to")
    public String phoneTo;
    public String mailbox;
    @Column(name = "mailbox_to")
    public String mailboxTo;
    public String note;
}
