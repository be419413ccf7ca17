package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.ApplicationTests;
import vn.trienkhai.TrienkhaiApplication;

/** The deployment profile: an external PostgreSQL from the environment, an administrator, no demo data. */
@Tag(ApplicationTests.LAYER)
class PostgresProfileTests {

    @Test
    void startsOnTheConfiguredDatabaseWithTheConfiguredAdministratorAndNoDemoData() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
             ConfigurableApplicationContext application = new SpringApplicationBuilder(TrienkhaiApplication.class)
                     .profiles("postgres")
                     .run("--POSTGRES_URL=" + external.getJdbcUrl("postgres", "postgres"),
                             "--POSTGRES_USER=postgres", "--POSTGRES_PASSWORD=",
                             "--camunda.bpm.admin-user.id=quantri", "--camunda.bpm.admin-user.password=Mat-khau-dai-2026",
                             "--server.port=0", "--camunda.bpm.job-execution.enabled=false")) {

            assertThat(application.containsBean("embeddedPostgres")).isFalse();
            JdbcTemplate externalDatabase = new JdbcTemplate(external.getPostgresDatabase());
            assertThat(externalDatabase.queryForObject("select count(*) from trienkhai_schema_history where success",
                    Integer.class)).isGreaterThanOrEqualTo(2);
            assertThat(externalDatabase.queryForObject("select count(*) from org_unit", Integer.class)).isZero();
            IdentityService identity = application.getBean(IdentityService.class);
            assertThat(identity.checkPassword("quantri", "Mat-khau-dai-2026")).isTrue();
            assertThat(identity.createUserQuery().userId("admin").count()).isZero();
            assertThat(rewritesBatchedInserts(application.getBean(DataSource.class))).isTrue();
        }
    }

    /** Issue 10, item 13: a weak administrator password from the environment stops the start-up. */
    @Test
    void refusesAnAdministratorPasswordThatBreaksThePasswordPolicy() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            SpringApplicationBuilder application = new SpringApplicationBuilder(TrienkhaiApplication.class)
                    .profiles("postgres");

            assertThatThrownBy(() -> application.run("--POSTGRES_URL=" + external.getJdbcUrl("postgres", "postgres"),
                    "--POSTGRES_USER=postgres", "--POSTGRES_PASSWORD=",
                    "--camunda.bpm.admin-user.id=quantri", "--camunda.bpm.admin-user.password=a",
                    "--server.port=0", "--camunda.bpm.job-execution.enabled=false").close())
                    .hasStackTraceContaining("policy");
            JdbcTemplate externalDatabase = new JdbcTemplate(external.getPostgresDatabase());
            assertThat(externalDatabase.queryForObject("select count(*) from act_id_user", Integer.class)).isZero();
        }
    }

    /** The engine's flush sends each batch of inserts as multi-row statements. */
    static boolean rewritesBatchedInserts(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled();
        }
    }
}
