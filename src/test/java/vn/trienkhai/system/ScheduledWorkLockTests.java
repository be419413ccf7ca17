package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Two "nodes" (Spring contexts with the application's lock configuration) on one database, as V30 creates it. */
class ScheduledWorkLockTests {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private EmbeddedPostgres postgres;

    static class DailyWork {

        @SchedulerLock(name = "daily-work", lockAtLeastFor = "PT1M")
        public void run() {
            RUNS.incrementAndGet();
        }
    }

    @BeforeEach
    void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                .table("trienkhai_schema_history").load().migrate();
        RUNS.set(0);
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aLockedScheduleRunsOnOneNodeOnly() {
        try (var first = node(postgres.getPostgresDatabase()); var second = node(postgres.getPostgresDatabase())) {
            first.getBean(DailyWork.class).run();
            second.getBean(DailyWork.class).run();
            first.getBean(DailyWork.class).run();
        }
        assertThat(RUNS).hasValue(1);
    }

    private static AnnotationConfigApplicationContext node(DataSource dataSource) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource);
        context.register(ScheduledWorkLockConfiguration.class);
        context.registerBean(DailyWork.class);
        context.refresh();
        return context;
    }
}
