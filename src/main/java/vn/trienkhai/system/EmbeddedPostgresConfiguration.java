package vn.trienkhai.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * The embedded default: a real PostgreSQL server started by the application itself, so that a
 * fresh machine needs nothing installed. With a data directory the database survives restarts;
 * without one (tests) it lives in a temporary folder and is gone when the JVM ends. A server that
 * a hard-killed JVM left behind is stopped by its watchdog, or else at the next start (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "trienkhai.embedded-postgres.enabled", havingValue = "true")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(10);

    /** {@code watchdog}: a process that stops the server when the JVM is killed hard (on by default). */
    @ConfigurationProperties("trienkhai.embedded-postgres")
    public record EmbeddedPostgresProperties(boolean enabled, String dataDirectory, int port,
                                             @DefaultValue("true") boolean watchdog) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                // Spring closes the server after the engine and the pool, not a JVM hook before them.
                .setRegisterShutdownHook(false);
        Path directory = null;
        if (StringUtils.hasText(properties.dataDirectory())) {
            directory = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(directory);
            new OrphanedPostgres(SHUTDOWN_PATIENCE).stopIn(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        if (properties.port() > 0) {
            requireFree(properties.port());
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        if (directory != null) {
            EmbeddedPostgresOwner.current().writeTo(directory);
        }
        if (properties.watchdog()) {
            serverPid(postgres).ifPresent(PostgresWatchdog::watch);
        }
        log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
        return postgres;
    }

    /** The postmaster's process id, from the {@code postmaster.pid} of the folder the server reports. */
    private static Optional<Long> serverPid(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show data_directory")) {
            result.next();
            return PostmasterPid.of(Path.of(result.getString(1))).map(PostmasterPid::pid);
        } catch (SQLException exception) {
            log.warn("Embedded PostgreSQL: no process id for its watchdog ({})", exception.toString());
            return Optional.empty();
        }
    }

    /**
     * A server already listening on the port would answer the start-up probe, and the application
     * would silently use someone else's database.
     */
    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException exception) {
            throw new IllegalStateException("Port " + port + " for the embedded PostgreSQL is in use (another "
                    + "trienkhai or PostgreSQL runs there): stop it or choose another port with TRIENKHAI_DB_PORT", exception);
        }
    }

    /** The pool takes {@code spring.datasource.hikari.*}, as the pool of an external database does. */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
