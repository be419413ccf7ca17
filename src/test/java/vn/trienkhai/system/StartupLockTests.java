package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class StartupLockTests {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        StartupLock first = new StartupLock(dataSource);
        CompletableFuture<StartupLock> second = CompletableFuture.supplyAsync(() -> lock(dataSource));

        Thread.sleep(1_000);
        assertThat(second).as("second node while the first starts").isNotDone();

        first.release();
        StartupLock secondLock = second.get(10, TimeUnit.SECONDS);
        secondLock.release();
        assertThat(heldLocks()).isZero();
    }

    @Test
    void aNodeThatFailsToStartLetsTheNextOneGo() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        try (StartupLock failing = new StartupLock(dataSource)) {
            assertThat(heldLocks()).isOne();
        }
        StartupLock next = CompletableFuture.supplyAsync(() -> lock(dataSource)).get(10, TimeUnit.SECONDS);
        next.close();
        assertThat(heldLocks()).isZero();
    }

    private static long heldLocks() {
        return new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject(
                "select count(*) from pg_locks where locktype = 'advisory' and granted", Long.class);
    }

    private static StartupLock lock(DataSource dataSource) {
        try {
            return new StartupLock(dataSource);
        } catch (Exception exception) {
            throw new IllegalStateException(exception);
        }
    }
}
