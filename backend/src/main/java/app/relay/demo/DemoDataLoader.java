package app.relay.demo;

import app.relay.demo.DemoBase.ClientRow;
import app.relay.demo.DemoBase.ContactRow;
import app.relay.order.OrderFiguresJob;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the demo base into an empty database at start-up, when `relay.demo-data.enabled` is set. */
@ApplicationScoped
public class DemoDataLoader {
    static final int CLIENTS = 300;
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final AgroalDataSource dataSource;
    private final OrderFiguresJob figures;
    private final boolean enabled;

    DemoDataLoader(AgroalDataSource dataSource, OrderFiguresJob figures,
            @ConfigProperty(name = "relay.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.dataSource = dataSource;
        this.figures = figures;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            insertUsers(db);
            if (isEmpty(db)) {
                DemoBase base = new DemoBase().generate(CLIENTS);
                insertClients(db, base);
                insertContacts(db, base);
                int orders = insertOrders(db);
                insertAttribution(db);
                db.commit();
                figures.run();
                LOG.infof("Loaded demo data: %d clients, %d contacts, %d orders in %d ms", base.clients.size(),
                        base.contacts.size(), orders, (System.nanoTime() - start) / 1_000_000);
            } else {
                db.commit();
            }
        }
    }

    private static boolean isEmpty(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("select not exists (select 1 from client)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The demo people, so that owner names show before they ever sign in. */
    private static void insertUsers(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into app_user (id, username, full_name, email, roles, "
                + "teams) values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing")) {
            for (DemoUsers.Person p : DemoUsers.ALL) {
                st.setString(1, p.id());
                st.setString(2, p.username());
                st.setString(3, p.fullName());
                st.setString(4, p.email());
                st.setArray(5, db.createArrayOf("text", new String[] {p.role()}));
                st.setArray(6, db.createArrayOf("text", p.team() == null ? new String[0] : new String[] {p.team()}));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertClients(Connection db, DemoBase base) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into client (id, name, tax_id, kind, industry, country, "
                + "region, city, address, website, lifecycle, segment, owner_id, co_owner_id, team, tags, notes, "
                + "attributes, created_at, created_by, updated_at, updated_by, version, stage_id, qualification, "
                + "next_step) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, 0, "
                + "(select s.id from pipeline_stage s where s.key = ?), cast(? as jsonb), cast(? as jsonb))")) {
            for (ClientRow c : base.clients) {
                int i = 1;
                st.setObject(i++, c.id());
                st.setString(i++, c.name());
                st.setString(i++, c.taxId());
                st.setString(i++, c.kind());
                st.setString(i++, c.industry());
                st.setString(i++, c.country());
                st.setString(i++, c.region());
                st.setString(i++, c.city());
                st.setString(i++, c.address());
                st.setString(i++, c.website());
                st.setString(i++, c.lifecycle());
                st.setString(i++, c.segment());
                st.setString(i++, c.ownerId());
                st.setString(i++, c.coOwnerId());
                st.setString(i++, c.team());
                st.setArray(i++, db.createArrayOf("text", c.tags().toArray()));
                st.setString(i++, c.notes());
                st.setString(i++, c.attributesJson());
                st.setTimestamp(i++, Timestamp.from(c.createdAt()));
                st.setString(i++, c.actor());
                st.setTimestamp(i++, Timestamp.from(c.updatedAt()));
                st.setString(i++, c.actor());
                st.setString(i++, c.stageKey());
                st.setString(i++, c.qualificationJson());
                st.setString(i, c.nextStepJson());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * Orders in EUR for the clients that buy or bought: an active client's latest weeks ago (invoiced, due a month
     * later: some are overdue), a passive one's over a year ago, a lost one's two; older ones paid. Amounts follow
     * the segment. Figures are counted by the job once committed (each client is marked as counted long ago).
     */
    private static int insertOrders(Connection db) throws SQLException {
        int orders = db.createStatement().executeUpdate("insert into client_order (id, client_id, number, ordered_on, "
                + "amount, currency, company_amount, status, due_on, paid_on, created_at, created_by, updated_at, "
                + "updated_by) select gen_random_uuid(), c.id, 'D-' || lpad(cast(row_number() over () as text), 5, '0'), "
                + "o.on_date, a.amount, 'EUR', a.amount, case when n = 1 and c.lifecycle = 'active' then 'invoiced' "
                + "else 'paid' end, o.on_date + 30, case when n = 1 and c.lifecycle = 'active' then null "
                + "else o.on_date + 20 end, now(), c.created_by, now(), c.created_by from client c "
                + "cross join lateral (select abs(hashtext(cast(c.id as text))) as h) r "
                + "cross join lateral generate_series(1, case c.lifecycle when 'active' then 3 + r.h % 10 "
                + "when 'passive' then 1 + r.h % 3 when 'lost' then 1 + r.h % 2 else 0 end) n "
                + "cross join lateral (select current_date - (case c.lifecycle when 'active' then 5 when 'passive' "
                + "then 380 else 730 end + n * (17 + r.h % 40)) as on_date) o "
                + "cross join lateral (select round(cast((200 + abs(hashtext(cast(c.id as text) || n)) % 5000) "
                + "* case c.segment when 'vip' then 8 when 'key' then 4 when 'medium' then 1.5 else 0.6 end "
                + "as numeric), 2) as amount) a");
        db.createStatement().executeUpdate("insert into client_figures (client_id, revenue_12m, overdue_receivables, "
                + "computed_on) select distinct client_id, 0, 0, date '1970-01-01' from client_order");
        return orders;
    }

    /**
     * Who found, qualified and closed most customers, as the conveyor would have recorded it (the attribution report
     * pays them): leo found and qualified north's, whoever holds a customer closed it (sam those alex now manages); some have no record, as
     * customers from before Relay do.
     */
    private static void insertAttribution(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into party (id, client_id, user_id, kind, valid_from, "
                + "created_at, created_by, updated_at, updated_by) select gen_random_uuid(), c.id, a.person, a.kind, "
                + "c.created_at, c.created_at, c.created_by, c.created_at, c.created_by from client c "
                + "cross join lateral (values ('finder', case when c.team = 'north' then ? end), "
                + "('qualifier', case when c.team = 'north' then ? end), "
                + "('closer', case when c.owner_id = ? then ? else c.owner_id end)) a(kind, person) "
                + "where c.lifecycle <> 'prospect' and a.person is not null "
                + "and abs(hashtext(cast(c.id as text))) % 4 <> 0")) {
            st.setString(1, DemoUsers.LEO.id());
            st.setString(2, DemoUsers.LEO.id());
            st.setString(3, DemoUsers.ALEX.id());
            st.setString(4, DemoUsers.SAM.id());
            st.executeUpdate();
        }
    }

    private static void insertContacts(Connection db, DemoBase base) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into contact (id, client_id, full_name, position, "
                + "functions, channels, preferred_channel, birthday, hobbies, family_notes, consent, created_at, "
                + "created_by, updated_at, updated_by, version, language) values "
                + "(?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            for (ContactRow c : base.contacts) {
                int i = 1;
                st.setObject(i++, c.id());
                st.setObject(i++, c.clientId());
                st.setString(i++, c.fullName());
                st.setString(i++, c.position());
                st.setArray(i++, db.createArrayOf("text", c.functions().toArray()));
                st.setString(i++, c.channelsJson());
                st.setString(i++, c.preferredChannel());
                st.setDate(i++, c.birthday() == null ? null : Date.valueOf(c.birthday()));
                st.setString(i++, c.hobbies());
                st.setString(i++, c.familyNotes());
                st.setBoolean(i++, c.consent());
                st.setTimestamp(i++, Timestamp.from(c.createdAt()));
                st.setString(i++, c.actor());
                st.setTimestamp(i++, Timestamp.from(c.createdAt()));
                st.setString(i++, c.actor());
                st.setString(i, c.language());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
