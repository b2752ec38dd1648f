package app.relay.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * A client as a list shows it, with what its view needs beside it (the holders' names, who else stands in
 * front of it now, its live contact persons), all read in one statement as plain values: a page is never
 * changed, so it skips the persistence context (no entity snapshots, no per-row JSON type resolution).
 */
public record ListedClient(Client client, String ownerName, String coOwnerName, Set<String> otherParties,
        long contactCount) {
    private static final MapType ATTRIBUTES = TypeFactory.defaultInstance()
            .constructMapType(LinkedHashMap.class, String.class, Object.class);

    /** The client's columns, in the order {@link #of} reads them; `c` is the client's alias. */
    static final String CLIENT_COLUMNS = "c.id, c.name, c.tax_id, c.kind, c.industry, c.country, c.region, c.city, "
            + "c.address, c.website, c.lifecycle, c.segment, c.owner_id, c.co_owner_id, c.team, c.tags, c.notes, "
            + "cast(c.attributes as text) as attributes, c.created_at, c.created_by, c.updated_at, c.updated_by, "
            + "c.deleted_at, c.deleted_by, c.version";

    /** Declares the value types, so that Hibernate reads each column without guessing. */
    static void declareColumns(NativeQuery<?> query) {
        query.addScalar("id", UUID.class);
        for (String text : List.of("name", "tax_id", "kind", "industry", "country", "region", "city", "address",
                "website", "lifecycle", "segment", "owner_id", "co_owner_id", "team")) {
            query.addScalar(text, String.class);
        }
        query.addScalar("tags", String[].class);
        query.addScalar("notes", String.class);
        query.addScalar("attributes", String.class);
        query.addScalar("created_at", Instant.class);
        query.addScalar("created_by", String.class);
        query.addScalar("updated_at", Instant.class);
        query.addScalar("updated_by", String.class);
        query.addScalar("deleted_at", Instant.class);
        query.addScalar("deleted_by", String.class);
        query.addScalar("version", Long.class);
        query.addScalar("owner_name", String.class);
        query.addScalar("co_owner_name", String.class);
        query.addScalar("other_parties", String[].class);
        query.addScalar("contact_count", Long.class);
    }

    static ListedClient of(Object[] row, ObjectMapper json) {
        Client c = new Client();
        c.id = (UUID) row[0];
        c.name = (String) row[1];
        c.taxId = (String) row[2];
        c.kind = row[3] == null ? null : ClientKind.valueOf((String) row[3]);
        c.industry = (String) row[4];
        c.country = (String) row[5];
        c.region = (String) row[6];
        c.city = (String) row[7];
        c.address = (String) row[8];
        c.website = (String) row[9];
        c.lifecycle = row[10] == null ? null : Lifecycle.valueOf((String) row[10]);
        c.segment = row[11] == null ? null : Segment.valueOf((String) row[11]);
        c.ownerId = (String) row[12];
        c.coOwnerId = (String) row[13];
        c.team = (String) row[14];
        c.tags = row[15] == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList((String[]) row[15]));
        c.notes = (String) row[16];
        c.attributes = attributes((String) row[17], json);
        c.createdAt = (Instant) row[18];
        c.createdBy = (String) row[19];
        c.updatedAt = (Instant) row[20];
        c.updatedBy = (String) row[21];
        c.deletedAt = (Instant) row[22];
        c.deletedBy = (String) row[23];
        c.version = (Long) row[24];
        String[] others = (String[]) row[27];
        return new ListedClient(c, (String) row[25], (String) row[26], others == null ? Set.of() : new HashSet<>(Arrays.asList(others)),
                ((Number) row[28]).longValue());
    }

    private static Map<String, Object> attributes(String text, ObjectMapper json) {
        if (text == null || text.equals("{}")) {
            return new LinkedHashMap<>();
        }
        try {
            return json.readValue(text, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("client attributes are not a JSON object", e);
        }
    }
}
