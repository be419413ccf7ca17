package vn.trienkhai.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Start-up work (the engine's schema, the administrator, filters, grants, demo data, the demo
 * rollout) done by one node at a time: a PostgreSQL session-level advisory lock, taken before the
 * engine and the migrations start and released when the application is ready. A second node that
 * starts at the same moment waits, then finds everything done. If a node dies holding it, its
 * connection closes and the lock goes with it.
 */
public class StartupLock implements AutoCloseable {

    /** The lock's key: arbitrary, shared by every node of one database. */
    static final long KEY = 0x7472_6965_6e6bL;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection connection;

    StartupLock(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (!tryLock(statement)) {
                log.info("Another node is starting on this database: waiting for its start-up work to finish");
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
        } catch (SQLException exception) {
            connection.close();
            throw exception;
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (var result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void release() throws SQLException {
        close();
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + KEY + ")");
            } finally {
                connection.close();
                connection = null;
            }
        }
    }
}
