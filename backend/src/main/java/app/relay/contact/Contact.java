package app.relay.contact;

import app.relay.common.AuditedRecord;
import app.relay.identity.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person at a client whom we deal with. Never hard-deleted. */
@Entity
@Table(name = "contact")
public class Contact extends AuditedRecord {
    @Id
    public UUID id;
    @Column(name = "client_id")
    public UUID clientId;
    @Column(name = "full_name")
    public String fullName;
    public String position;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> functions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ContactChannel> channels = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    public PreferredChannel preferredChannel;
    public LocalDate birthday;
    public String hobbies;
    @Column(name = "family_notes")
    public String familyNotes;
    public boolean consent;
    /** The language letters to this person are written in (en, ro, ru, es); from the client's country unless chosen. */
    @Enumerated(EnumType.STRING)
    public Language language;
}
