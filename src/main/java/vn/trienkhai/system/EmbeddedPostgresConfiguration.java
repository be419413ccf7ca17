package vn.trienkhai.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * The embedded default: a real PostgreSQL server started by the application itself, so that a
 * fresh machine needs nothing installed. With a data directory the database survives restarts;
 * without one (tests) it lives in a temporary folder and is gone when the JVM ends.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "trienkhai.embedded-postgres.enabled", havingValue = "true")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @ConfigurationProperties("trienkhai.embedded-postgres")
    public record EmbeddedPostgresProperties(boolean enabled, String dataDirectory, int port) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                // Spring closes the server after the engine and the pool, not a JVM hook before them.
                .setRegisterShutdownHook(false);
        if (properties.port() > 0) {
            requireFree(properties.port());
            builder.setPort(properties.port());
        }
        if (StringUtils.hasText(properties.dataDirectory())) {
            Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
        return postgres;
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
