package app.relay.contract;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A summary of everything a request could change (counts, versions, change history, rules, departures). */
@ApplicationScoped
public class DatabaseFingerprint {
    private static final String SQL = """
            select concat_ws('|',
                (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at) from client),
                (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at) from contact),
                (select count(*) from change_log),
                (select count(*) || ':' || coalesce(string_agg(role || field_key || level, ',' order by role, field_key), '')
                    from field_policy),
                (select count(*) from app_user where departed_at is not null))
            """;

    private final AgroalDataSource dataSource;

    DatabaseFingerprint(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String fingerprint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(SQL)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
