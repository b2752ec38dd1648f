package app.relay.party;

import app.relay.access.PartyKind;
import app.relay.common.AuditedRecord;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person standing in front of a client in some kind, for a period. Ended, never deleted. */
@Entity
@Table(name = "party")
public class Party extends AuditedRecord {
    @Id
    public UUID id;
    @Column(name = "client_id")
    public UUID clientId;
    @Column(name = "user_id")
    public String userId;
    @Convert(converter = KindColumn.class)
    public PartyKind kind;
    public String duties;
    @Column(name = "valid_from")
    public Instant validFrom;
    @Column(name = "valid_to")
    public Instant validTo;

    /** Standing now: not ended, and within its dates. */
    public boolean standsAt(Instant now) {
        return deletedAt == null && !validFrom.isAfter(now) && (validTo == null || validTo.isAfter(now));
    }

    /** Stored by its wire name (`temporary-owner`), as the database's check constraint lists them. */
    @Converter
    public static class KindColumn implements AttributeConverter<PartyKind, String> {
        @Override
        public String convertToDatabaseColumn(PartyKind kind) {
            return kind == null ? null : kind.wireName();
        }

        @Override
        public PartyKind convertToEntityAttribute(String column) {
            return column == null ? null : PartyKind.of(column);
        }
    }
}
