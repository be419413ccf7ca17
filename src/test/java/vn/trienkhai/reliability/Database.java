package vn.trienkhai.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster's one PostgreSQL: an embedded server (zonky) on a data folder and a fixed port, so that it can be
 * stopped and started again with everything it held, as a restarted database server would.
 */
final class Database implements AutoCloseable {

    private final Path folder;
    private final int port;
    private final JdbcTemplate jdbc;
    private EmbeddedPostgres server;

    Database(Path folder, int port) {
        this.folder = folder;
        this.port = port;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), "postgres", ""));
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("timezone", "UTC").setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8").setRegisterShutdownHook(false).start();
    }

    /** A fast shutdown (pg_ctl -m fast): open sessions are cut, as in a restart of the server. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
