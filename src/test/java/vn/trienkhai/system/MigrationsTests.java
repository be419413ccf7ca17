package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's migrations on a fresh PostgreSQL for each test, independent of the engine and of Hibernate. */
class MigrationsTests {

    private EmbeddedPostgres postgres;

    @BeforeEach
    void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void migrateAnEmptyDatabaseThenFindNothingPending() {
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration").table("trienkhai_schema_history").load();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(2);
        assertThat(second.migrationsExecuted).isZero();
        List<String> tables = new JdbcTemplate(dataSource).queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'", String.class);
        assertThat(tables).contains("org_unit", "directive", "plan", "plan_task", "plan_participant",
                "plan_lead_unit", "plan_metric", "plan_recipient", "plan_task_coordinator");
    }

    @Test
    void aPlanMustImplementADirectiveOrAParentPlan() {
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("trienkhai_schema_history").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into org_unit (code, name, kind, camunda_group_id) values ('X-1', 'Đơn vị', 'WARD', 'x-1')");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
                insert into plan (number, issuing_unit_id, place, summary, layout, end_date, reporting_every,
                    submit_working_days, final_review, study_deadline, disseminate_deadline, unit_plan_deadline, imported_at)
                select '/KH', id, 'Nơi', 'Trích yếu', 'STATE', date '2026-12-31', 'QUARTER', 3, true,
                    '"continuous"', '"continuous"', '"continuous"', now() from org_unit where code = 'X-1'
                """)).hasMessageContaining("ck_plan_implements");
    }
}
