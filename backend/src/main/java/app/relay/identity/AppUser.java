package app.relay.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person known to Relay, mirrored from their Keycloak token so that ids can be shown as names. */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    public String id;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    public String email;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> teams;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    /** As Keycloak says: an account disabled there cannot sign in anywhere. */
    public boolean enabled = true;
    /** The last working day of a notice being served (an open resignation); null otherwise. */
    @Column(name = "notice_until")
    public LocalDate noticeUntil;

    @Column(name = "departed_at")
    public Instant departedAt;
    @Column(name = "departed_by")
    public String departedBy;
    @Column(name = "departure_note")
    public String departureNote;
    /** Chosen in the SPA; null until then. */
    @Enumerated(EnumType.STRING)
    public Language language;
    /** The people profile: the corporate phone and mailbox that pass to a successor, named in letters to clients. */
    @Column(name = "corporate_phone")
    public String corporatePhone;
    @Column(name = "corporate_email")
    public String corporateEmail;

    public boolean hasDeparted() {
        return departedAt != null;
    }
}
