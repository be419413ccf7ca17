package vn.trienkhai.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * One PostgreSQL for the query slices of layer 2: the application's migrations and Camunda's
 * identity tables, started once per JVM. Each test class writes rows with codes of its own.
 */
public final class QueryDatabase {

    private static JdbcTemplate jdbc;

    private QueryDatabase() {
    }

    public static synchronized JdbcTemplate jdbc() {
        if (jdbc == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                        .table("trienkhai_schema_history").load().migrate();
                new ResourceDatabasePopulator(new ClassPathResource(
                        "org/camunda/bpm/engine/db/create/activiti.postgres.create.identity.sql"))
                        .execute(postgres.getPostgresDatabase());
                jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jdbc;
    }

    /** A unit with its head and addresses; its group is its code in lower case. */
    public static long unit(String code, String name) {
        return jdbc().queryForObject("insert into org_unit (code, name, kind, head_name, head_title, head_email, email, "
                + "camunda_group_id) values (?, ?, 'WARD', 'Nguyễn Văn A', 'Chủ tịch', ?, ?, ?) returning id", Long.class,
                code, name, "head@" + code.toLowerCase() + ".vn", "office@" + code.toLowerCase() + ".vn",
                code.toLowerCase());
    }

    public static long directive(String number) {
        return jdbc().queryForObject("insert into directive (number, issued_on, issuer, summary) "
                + "values (?, date '2026-01-05', 'Tỉnh ủy', 'Chỉ thị') returning id", Long.class, number);
    }

    /** A plan implementing the directive, with no escalation of its own but a reminder after 3 days. */
    public static long plan(String number, long issuingUnitId, long directiveId) {
        return jdbc().queryForObject("""
                insert into plan (number, issuing_unit_id, place, summary, layout, end_date, reporting_every,
                    submit_working_days, final_review, study_deadline, disseminate_deadline, unit_plan_deadline,
                    imported_at, directive_id, escalation_reminder_days)
                values (?, ?, 'Nơi', 'Bảo đảm trật tự', 'STATE', date '2026-12-31', 'QUARTER', 3, true,
                    '"continuous"', '"continuous"', '"continuous"', now(), ?, 3) returning id""", Long.class,
                number, issuingUnitId, directiveId);
    }

    public static long rollout(long planId) {
        return jdbc().queryForObject("insert into rollout (plan_id, level, rollout_date, status, started_at) "
                + "values (?, 0, date '2026-02-01', 'RUNNING', now()) returning id", Long.class, planId);
    }
}
