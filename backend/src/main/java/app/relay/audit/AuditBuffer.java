package app.relay.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Reads are recorded without a commit each: they wait here and are written together every
 * {@value #EVERY_MS} ms, in one transaction. A crash can lose the reads of that last moment (never a
 * change: changes are recorded in their own transaction). When the buffer is full, or the database
 * refuses a batch for long, callers write their entry themselves, so nothing is dropped silently.
 * Whoever reads the log flushes first, so it always shows what happened before the question.
 */
@ApplicationScoped
public class AuditBuffer {
    static final long EVERY_MS = 200;
    private static final int CAPACITY = 50_000;
    private static final Logger LOG = Logger.getLogger(AuditBuffer.class);

    /** One recorded read, with the moment it happened. */
    record Entry(Instant at, String actor, AuditAction action, String entityType, UUID entityId, UUID clientId,
            int count, String address, String detail) {
    }

    private final DataSource database;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(CAPACITY);
    // A batch the database refused stays here, first in line for the next attempt.
    private final List<Entry> carried = new ArrayList<>();
    private volatile Thread writer;

    AuditBuffer(DataSource database) {
        this.database = database;
    }

    void start(@Observes StartupEvent started) {
        Thread thread = new Thread(this::writeContinuously, "audit-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        Thread running = writer;
        writer = null;
        if (running != null) {
            running.interrupt();
        }
        flush();
    }

    /** Queues a read; false when the buffer is full (the caller then writes it directly). */
    boolean offer(Entry entry) {
        return writer != null && queue.offer(entry);
    }

    /** Writes everything waiting now; answers once it is stored (or throws when the database refuses). */
    public synchronized void flush() {
        List<Entry> batch = new ArrayList<>(carried);
        queue.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            write(batch);
            carried.clear();
        } catch (SQLException e) {
            carried.clear();
            carried.addAll(batch);
            throw new IllegalStateException("Audit entries could not be written yet", e);
        }
    }

    private void writeContinuously() {
        while (writer != null) {
            try {
                Thread.sleep(EVERY_MS);
                flush();
            } catch (InterruptedException stopped) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("audit entries wait for the database (%d pending): %s", carried.size() + queue.size(),
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        }
    }

    private void write(List<Entry> batch) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (at, actor_id, action, "
                    + "entity_type, entity_id, client_id, record_count, source_ip, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : batch) {
                    insert.setTimestamp(1, Timestamp.from(e.at()));
                    insert.setString(2, e.actor());
                    insert.setString(3, e.action().name());
                    insert.setString(4, e.entityType());
                    insert.setObject(5, e.entityId(), Types.OTHER);
                    insert.setObject(6, e.clientId(), Types.OTHER);
                    insert.setInt(7, e.count());
                    insert.setString(8, e.address());
                    insert.setString(9, e.detail());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
