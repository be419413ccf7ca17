package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EmbeddedPostgresConfigurationTests {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void dataInTheDataDirectorySurvivesARestart(@TempDir Path folder) throws Exception {
        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, folder.toString(), 0, true);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(first));
            jdbc.execute("create table survivor (name text)");
            jdbc.update("insert into survivor values ('Tổ dân phố số 1')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(second));
            assertThat(jdbc.queryForObject("select name from survivor", String.class)).isEqualTo("Tổ dân phố số 1");
        }
    }

    @Test
    void withoutADataDirectoryEachStartIsFresh() throws Exception {
        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, "", 0, true);

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(postgres));
            assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'public'", Integer.class))
                    .isZero();
        }
    }

    @Test
    void aTakenPortIsRefusedInsteadOfJoiningAnotherServer() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, "", taken.getLocalPort(), true);

            assertThatThrownBy(() -> configuration.embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TRIENKHAI_DB_PORT");
        }
    }

    @Test
    void aServerLeftByAKilledApplicationIsStoppedAtTheNextStart(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        int port = freePort();
        ProcessHandle orphan;
        try (ChildJvm application = startChild(folder, data, port, false)) {
            orphan = serverOf(application);
            JdbcTemplate jdbc = jdbcOn(port);
            jdbc.execute("create table survivor (name text)");
            jdbc.update("insert into survivor values ('Tổ dân phố số 2')");
            application.kill();
        }
        assertThat(orphan.isAlive()).as("without a watchdog the server outlives the killed JVM").isTrue();

        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, data.toString(), port, true);
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertThat(orphan.isAlive()).isFalse();
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(postgres));
            assertThat(jdbc.queryForObject("select name from survivor", String.class)).isEqualTo("Tổ dân phố số 2");
        }
    }

    @Test
    void theWatchdogStopsTheServerWhenTheApplicationIsKilled(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        ProcessHandle server;
        try (ChildJvm application = startChild(folder, data, freePort(), true)) {
            server = serverOf(application);
            application.kill();
        }
        server.onExit().completeOnTimeout(server, 20, TimeUnit.SECONDS).join();
        assertThat(server.isAlive()).as("server after its JVM was killed").isFalse();
        assertThat(data.resolve(PostmasterPid.FILE_NAME)).as("a clean stop removes the pid file").doesNotExist();
    }

    @Test
    void aServerOnAnotherFolderKeepsThePortRefused(@TempDir Path folder) throws Exception {
        int port = freePort();
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setPort(port)
                .setDataDirectory(folder.resolve("other")).setRegisterShutdownHook(false).start()) {
            var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true,
                    folder.resolve("ours").toString(), port, false);

            assertThatThrownBy(() -> configuration.embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port + " for the embedded PostgreSQL is in use");
            assertThat(other.getPostgresDatabase().getConnection().isValid(1)).isTrue();
        }
    }

    @Test
    void aFolderWhoseApplicationStillRunsIsRefused(@TempDir Path folder) throws Exception {
        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, folder.toString(), 0, false);
        try (EmbeddedPostgres running = configuration.embeddedPostgres(properties)) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TRIENKHAI_DATA_DIR");
            assertThat(running.getPostgresDatabase().getConnection().isValid(1)).isTrue();
        }
    }

    private static ChildJvm startChild(Path folder, Path data, int port, boolean watchdog) throws IOException {
        return ChildJvm.start(folder.resolve("child.log"), List.of("-Xmx128m"), EmbeddedPostgresChild.class.getName(),
                data.toString(), Integer.toString(port), Boolean.toString(watchdog));
    }

    private static ProcessHandle serverOf(ChildJvm application) throws Exception {
        String ready = application.awaitLine("READY ", Duration.ofSeconds(60));
        return ProcessHandle.of(Long.parseLong(ready.split(" ")[1])).orElseThrow();
    }

    private static JdbcTemplate jdbcOn(int port) {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
