package app.relay.client;

import app.relay.access.StandingParties;
import app.relay.identity.UserDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * A client as a list shows it, with what its view needs beside it (the holders' names, who else stands in
 * front of it now, its live contact persons), all read in one statement as plain values: a page is never
 * changed, so it skips the persistence context (no entity snapshots, no per-row JSON type resolution).
 */
public record ListedClient(Client client, String ownerName, String coOwnerName, Set<String> otherParties,
        long contactCount, ClientFigures figures) {
    private static final MapType ATTRIBUTES = TypeFactory.defaultInstance()
            .constructMapType(LinkedHashMap.class, String.class, Object.class);

    /** One value of a listed row: how it is selected, its name and its type, in the order {@link #of} reads them. */
    private record Column(String select, String alias, Class<?> type) {
        static Column of(String column, Class<?> type) {
            return new Column("c." + column, column, type);
        }
    }

    private static final List<Column> COLUMNS = List.of(Column.of("id", UUID.class), Column.of("name", String.class),
            Column.of("tax_id", String.class), Column.of("kind", String.class), Column.of("industry", String.class),
            Column.of("country", String.class), Column.of("region", String.class), Column.of("city", String.class),
            Column.of("address", String.class), Column.of("website", String.class), Column.of("lifecycle", String.class),
            Column.of("segment", String.class), Column.of("owner_id", String.class), Column.of("co_owner_id", String.class),
            Column.of("team", String.class), Column.of("tags", String[].class), Column.of("notes", String.class),
            new Column("cast(c.attributes as text)", "attributes", String.class), Column.of("created_at", Instant.class),
            Column.of("created_by", String.class), Column.of("updated_at", Instant.class),
            Column.of("updated_by", String.class), Column.of("deleted_at", Instant.class),
            Column.of("deleted_by", String.class), Column.of("version", Long.class),
            // What the view needs beside the client, looked up for the page's rows only.
            new Column(UserDirectory.nameOf("c.owner_id"), "owner_name", String.class),
            new Column(UserDirectory.nameOf("c.co_owner_id"), "co_owner_name", String.class),
            new Column(StandingParties.userIdsOf("c"), "other_parties", String[].class),
            new Column("(select count(*) from contact k where k.client_id = c.id and k.deleted_at is null)",
                    "contact_count", Long.class),
            new Column("f.revenue_12m", "revenue_12m", java.math.BigDecimal.class),
            new Column("f.overdue_receivables", "overdue_receivables", java.math.BigDecimal.class),
            new Column("f.first_order_on", "first_order_on", java.time.LocalDate.class),
            new Column("f.last_order_on", "last_order_on", java.time.LocalDate.class),
            new Column("f.order_interval_days", "order_interval_days", Integer.class),
            Column.of("stage_id", UUID.class), Column.of("phase", String.class),
            new Column("cast(c.qualification as text)", "qualification", String.class),
            new Column("cast(c.next_step as text)", "next_step", String.class));

    /**
     * The statement that reads a page: `chosen` selects the page's client rows (aliased `c`, in `order`),
     * which are then completed with everything {@link #of} reads (their order figures joined as `f`). Value types are declared, so that Hibernate
     * reads each column without guessing.
     */
    @SuppressWarnings("unchecked")
    static NativeQuery<Object[]> query(EntityManager em, String chosen, String order) {
        String select = COLUMNS.stream().map(c -> c.select() + " as " + c.alias()).collect(Collectors.joining(", "));
        NativeQuery<Object[]> query = em.createNativeQuery("select " + select + " from (" + chosen + ") c"
                        + ClientFigures.JOIN + order)
                .unwrap(NativeQuery.class);
        COLUMNS.forEach(c -> query.addScalar(c.alias(), c.type()));
        return query;
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
        c.segment = (String) row[11];
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
        c.stageId = (UUID) row[34];
        c.phase = (String) row[35];
        c.qualification = json((String) row[36], Qualification.class, json);
        c.nextStep = json((String) row[37], NextStep.class, json);
        String[] others = (String[]) row[27];
        return new ListedClient(c, (String) row[25], (String) row[26], others == null ? Set.of() : new HashSet<>(Arrays.asList(others)),
                ((Number) row[28]).longValue(), ClientFigures.of(row, 29));
    }

    private static <T> T json(String text, Class<T> type, ObjectMapper json) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a client's " + type.getSimpleName() + " is not its JSON", e);
        }
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
