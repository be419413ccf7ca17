package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresConfigurationTests {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void dataInTheDataDirectorySurvivesARestart(@TempDir Path folder) throws Exception {
        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, folder.toString(), 0);

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
        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, "", 0);

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(postgres));
            assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'public'", Integer.class))
                    .isZero();
        }
    }

    @Test
    void aTakenPortIsRefusedInsteadOfJoiningAnotherServer() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, "", taken.getLocalPort());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> configuration.embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TRIENKHAI_DB_PORT");
        }
    }
}
