package vn.trienkhai.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh embedded PostgreSQL (new temporary data directory) with default durability: zonky
 * turns {@code synchronous_commit} off by default, the benchmark turns it back on, so that every
 * commit waits for its WAL flush as on a production server.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method");

    private final EmbeddedPostgres postgres;

    private BenchmarkDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static BenchmarkDatabase start() throws IOException {
        return new BenchmarkDatabase(EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .start());
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** {@code name=value} of the durability settings and the server version, as the server reports them. */
    List<String> settings() throws SQLException {
        List<String> settings = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : DURABILITY) {
                try (ResultSet result = statement.executeQuery("show " + name)) {
                    result.next();
                    settings.add(name + "=" + result.getString(1));
                }
            }
            try (ResultSet result = statement.executeQuery("show server_version")) {
                result.next();
                settings.add("PostgreSQL " + result.getString(1));
            }
        }
        return settings;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
