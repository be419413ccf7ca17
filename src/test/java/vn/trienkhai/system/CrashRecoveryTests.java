package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.trienkhai.ApplicationTests;
import vn.trienkhai.TrienkhaiApplication;

/**
 * Issue 18: the application (the demo, embedded PostgreSQL in a data folder) runs in a JVM of its
 * own and is killed with SIGKILL twice: in the middle of the demo rollout (the watchdog stops the
 * server), then while the units' reminder timers fire, its watchdog killed first (the next start
 * stops the orphaned server). Each time it starts again on the same folder. At the end: every unit
 * has its tasks once, the jobs the dead JVM held ran again once their lock expired, no incident,
 * and every reminder reached the SMTP server (GreenMail) exactly once.
 */
@Tag(ApplicationTests.LAYER)
class CrashRecoveryTests {

    /** The test's job lock (10 s instead of 2 min) and outbox lease, so that a dead JVM's work is retaken soon. */
    private static final Duration LOCK = Duration.ofSeconds(10);
    /** Each wait's limit: generous, since on a heavily loaded build machine one start took over four minutes. */
    private static final Duration START = Duration.ofMinutes(10);
    private static final String ROLLOUT_JOBS = "process_def_key_ in ('plan-rollout', 'unit-implementation')";
    private static final String REMINDER_JOBS = "handler_cfg_ like '%~trienkhai-reminder'";

    @TempDir
    Path folder;

    private GreenMail mail;
    private int databasePort;
    private int httpPort;
    private JdbcTemplate jdbc;
    private final List<ChildJvm> applications = new ArrayList<>();

    @BeforeEach
    void servers() throws IOException {
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        databasePort = freePort();
        httpPort = freePort();
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "postgres", ""));
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (ChildJvm application : applications) {
            application.children().forEach(ProcessHandle::destroyForcibly);
            application.close();
        }
        mail.stop();
    }

    @Test
    void killedTwiceTheDemoComesBackWithEveryTaskAndEveryNoticeOnce() throws Exception {
        ChildJvm first = start("first");
        List<String> heldByFirst = awaitLocked(first, ROLLOUT_JOBS);
        first.kill();

        ChildJvm second = start("second");
        awaitUp(second);
        await(second, "the rollout's jobs run again", () -> count(
                "select count(*) from act_ru_job where id_ in (" + quoted(heldByFirst) + ")") == 0);
        await(second, "the rollout finishes", () -> dueJobs(ROLLOUT_JOBS) == 0);
        int dueReminders = makeRemindersDueOneAfterAnother();
        assertThat(dueReminders).as("reminder timers of the units' tasks").isGreaterThan(10);
        List<String> heldBySecond = awaitStormUnderWay(second);
        second.children().forEach(ProcessHandle::destroyForcibly);
        second.kill();

        ChildJvm third = start("third");
        awaitUp(third);
        assertThat(Files.readString(log("third"))).contains("was left running on");
        await(third, "the reminders run again", () -> count(
                "select count(*) from act_ru_job where id_ in (" + quoted(heldBySecond) + ")") == 0);
        await(third, "every reminder fires", () -> count("select count(*) from act_ru_job where " + REMINDER_JOBS) == 0);
        await(third, "the outbox drains", () -> count(
                "select count(*) from notification_outbox where status <> 'SENT'") == 0);

        assertEveryUnitHasItsTasksOnce();
        assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
        // One outbox row per recipient of a reminder (the unit's officers and its address): count the tasks.
        assertThat(count("select count(distinct task_id) from notification_outbox where kind = 'TASK_REMINDER'"))
                .as("a reminder for every task whose timer fired").isEqualTo(dueReminders);
        assertThat(count("select count(*) from (select task_id, recipients from notification_outbox"
                + " where kind = 'TASK_REMINDER' group by 1, 2 having count(*) > 1) twice"))
                .as("a task's reminder twice to one recipient").isZero();
        assertEveryNoticeArrivedOnce();

        assertThat(third.terminate(Duration.ofSeconds(90))).as("a graceful stop on SIGTERM").isTrue();
        assertThat(Files.readString(log("third"))).contains("Shutdown: job executor stopped");
        assertThat(folder.resolve("postgres").resolve(PostmasterPid.FILE_NAME)).as("server stopped with it")
                .doesNotExist();
    }

    private void assertEveryUnitHasItsTasksOnce() {
        // A multi-instance task (a plan task's coordinating units) is open once per unit: one per candidate group.
        assertThat(count("select count(*) from (select t.proc_inst_id_, t.task_def_key_, (select string_agg(i.group_id_,"
                + " ',' order by i.group_id_) from act_ru_identitylink i where i.task_id_ = t.id_ and i.type_ = 'candidate')"
                + " from act_ru_task t group by 1, 2, 3 having count(*) > 1) twice")).as("tasks open twice").isZero();
        assertThat(count("select count(*) from (select r.id, v.text_ from act_ru_execution e "
                + "join act_re_procdef d on d.id_ = e.proc_def_id_ and d.key_ = 'unit-implementation' "
                + "join act_ru_variable v on v.proc_inst_id_ = e.id_ and v.name_ = 'unitCode' "
                + "join act_ru_variable rv on rv.proc_inst_id_ = e.id_ and rv.name_ = 'rolloutId' "
                + "join rollout r on r.id = rv.long_ where e.parent_id_ is null "
                + "group by r.id, v.text_ having count(*) > 1) twice")).as("units rolled out twice").isZero();
        // Rollouts with a process instance (the demo also records a finished, historic rollout without one).
        long expected = count("select (select count(*) from plan_participant pp join rollout r on r.plan_id = pp.plan_id "
                + "and r.parent_rollout_id is null and r.process_instance_id is not null) + (select count(*) "
                + "from org_unit u join rollout r on r.lead_unit_id = u.parent_id and r.parent_rollout_id is not null "
                + "and r.process_instance_id is not null)");
        long withTasks = count("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ "
                + "and d.key_ = 'unit-implementation' where e.parent_id_ is null");
        assertThat(withTasks).as("unit instances (participants and sub-units of cascading units)").isEqualTo(expected);
    }

    /**
     * GreenMail keeps one copy of a message per recipient: a notice sent once to its recipients leaves as many
     * copies as it has recipients, one sent twice leaves twice as many.
     */
    private void assertEveryNoticeArrivedOnce() throws Exception {
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            // A recipient's task notices travel together in one mail, which names every row's key.
            for (String key : message.getHeader("X-Trienkhai-Key")) {
                received.merge(key, 1, Integer::sum);
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        jdbc.query("select idempotency_key, recipients from notification_outbox", row -> {
            expected.put(row.getString("idempotency_key"), row.getString("recipients").split(",").length);
        });
        assertThat(expected).isNotEmpty();
        assertThat(received).isEqualTo(expected);
    }

    private ChildJvm start(String name) throws IOException {
        ChildJvm application = ChildJvm.start(log(name), List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"),
                TrienkhaiApplication.class.getName(),
                "--spring.profiles.active=demo",
                "--trienkhai.embedded-postgres.data-directory=" + folder.resolve("postgres"),
                "--trienkhai.embedded-postgres.port=" + databasePort,
                "--server.port=" + httpPort,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--trienkhai.notification.dispatch.initial-delay=PT1S",
                "--trienkhai.notification.dispatch.fixed-delay=PT1S",
                "--trienkhai.notification.dispatch.lease=PT10S",
                // The test may run at night or on a Sunday: notices are not held for the office hours here.
                "--trienkhai.notification.office.hold-outside-hours=false",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--logging.level.root=WARN",
                "--logging.level.vn.trienkhai=INFO");
        applications.add(application);
        return application;
    }

    /** Polls until a job of {@code which} is locked, then returns the locked ones (the kill follows at once). */
    private List<String> awaitLocked(ChildJvm application, String which) throws Exception {
        String query = "select id_ from act_ru_job where lock_owner_ is not null and " + which;
        List<List<String>> locked = new ArrayList<>();
        await(application, "a locked job (" + which + ")", () -> {
            List<String> ids = quietly(() -> jdbc.queryForList(query, String.class), List.of());
            locked.add(ids);
            return !ids.isEmpty();
        }, Duration.ofMillis(20));
        return locked.get(locked.size() - 1);
    }

    /** The reminder timers fall due 400 ms apart, so that the storm lasts long enough to be interrupted. */
    private int makeRemindersDueOneAfterAnother() {
        return jdbc.update("update act_ru_job j set duedate_ = now() + interval '400 milliseconds' * o.n "
                + "from (select id_, row_number() over (order by id_) as n from act_ru_job where " + REMINDER_JOBS
                + ") o where j.id_ = o.id_");
    }

    /**
     * Polls until some reminders are in the outbox while others still wait, then returns the reminder jobs
     * locked at that moment (the kill follows at once).
     */
    private List<String> awaitStormUnderWay(ChildJvm application) throws Exception {
        List<List<String>> locked = new ArrayList<>();
        await(application, "reminders under way", () -> {
            long written = count("select count(*) from notification_outbox where kind = 'TASK_REMINDER'");
            long waiting = count("select count(*) from act_ru_job where " + REMINDER_JOBS);
            locked.add(quietly(() -> jdbc.queryForList("select id_ from act_ru_job where lock_owner_ is not null and "
                    + REMINDER_JOBS, String.class), List.of()));
            assertThat(waiting).as("reminders left when the first was written").isNotZero();
            return written > 0;
        }, Duration.ofMillis(20));
        return locked.get(locked.size() - 1);
    }

    private void awaitUp(ChildJvm application) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await(application, "health UP", () -> quietly(() -> {
            HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        }, false));
    }

    private long dueJobs(String which) {
        return count("select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now()) and " + which);
    }

    private long count(String query) {
        return quietly(() -> jdbc.queryForObject(query, Long.class), -1L);
    }

    private void await(ChildJvm application, String what, BooleanSupplier condition) throws Exception {
        await(application, what, condition, Duration.ofMillis(250));
    }

    private void await(ChildJvm application, String what, BooleanSupplier condition, Duration poll) throws Exception {
        Instant deadline = Instant.now().plus(START);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline) || !application.isAlive()) {
                throw new AssertionError("Not reached: " + what + "\n" + application.tail());
            }
            Thread.sleep(poll.toMillis());
        }
    }

    private Path log(String name) {
        return folder.resolve(name + ".log");
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElse("''");
    }

    private interface Attempt<T> {
        T get() throws Exception;
    }

    /** The database is down between a kill and the next start, and the schema appears during the first. */
    private static <T> T quietly(Attempt<T> attempt, T otherwise) {
        try {
            return attempt.get();
        } catch (DataAccessException | IOException | InterruptedException exception) {
            return otherwise;
        } catch (Exception exception) {
            throw new IllegalStateException(exception);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
