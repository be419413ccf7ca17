package vn.trienkhai.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.TrienkhaiApplication;

/**
 * Issue 4's target: writing N reminders into the outbox takes at most 1.2 times the bare drain
 * of N due timer jobs. Both drains run on the job executor of the same engine and database
 * (embedded PostgreSQL with synchronous_commit on). Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.trienkhai.notification.ReminderBenchmark -Dexec.args=10000}
 */
public final class ReminderBenchmark {

    private static final String REMINDER_PROCESS = "notification-test";
    /** A drain slower than 20 ms a job (50 jobs/s, a tenth of what this machine does) has stalled. */
    private static final Duration DRAIN_LIMIT_PER_JOB = Duration.ofMillis(20);
    private static final Duration DRAIN_LIMIT_FLOOR = Duration.ofMinutes(1);

    private ReminderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SpringApplication application = new SpringApplication(TrienkhaiApplication.class);
        application.setAdditionalProfiles("demo", "test");
        try (ConfigurableApplicationContext context = application.run("--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                "--trienkhai.notification.schedule.enabled=false", "--server.port=0", "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("alter system set synchronous_commit = on");
            jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            long planId = jdbc.queryForObject("select min(id) from plan", Long.class);
            double bare = drainBareTimers(engine, jdbc, n);
            double reminders = drainReminders(engine, jdbc, n, planId);
            System.out.printf("N=%d bare timer drain: %.1f s (%.0f jobs/s)%n", n, bare, n / bare);
            System.out.printf("N=%d reminders into the outbox: %.1f s (%.0f jobs/s)%n", n, reminders, n / reminders);
            System.out.printf("ratio: %.2f (target <= 1.20)%n", reminders / bare);
            ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor().shutdown();
        } finally {
            ClockUtil.reset();
        }
    }

    private static double drainBareTimers(ProcessEngine engine, JdbcTemplate jdbc, int n) throws InterruptedException {
        engine.getRepositoryService().createDeployment().addModelInstance("bench-timer.bpmn",
                Bpmn.createExecutableProcess("bench-timer").camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("WaitTimer").timerWithDuration("PT1H").endEvent().done()).deploy();
        Instant start = Instant.now();
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("bench-timer");
        }
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(2))));
        return waitUntilZero(jdbc, "select count(*) from act_ru_job where process_def_key_ = 'bench-timer'", n);
    }

    private static double drainReminders(ProcessEngine engine, JdbcTemplate jdbc, int n, long planId)
            throws InterruptedException {
        engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/notification-test.bpmn").deploy();
        ClockUtil.reset();
        Instant start = Instant.now();
        Date due = Date.from(start.plus(Duration.ofDays(30)));
        for (int i = 0; i < n; i++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("due", due);
            variables.put("unitGroup", "aq-tdp01");
            variables.put("taskName", "Báo cáo số " + i);
            variables.put("planId", planId);
            variables.put("unitCode", "AQ-TDP01");
            engine.getRuntimeService().startProcessInstanceByKey(REMINDER_PROCESS, variables);
        }
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(29))));
        double seconds = waitUntilZero(jdbc, "select count(*) from act_ru_job where process_def_key_ = '" + REMINDER_PROCESS
                + "' and handler_cfg_ like '%~trienkhai-reminder'", n);
        long rows = jdbc.queryForObject("select count(*) from notification_outbox where kind = 'TASK_REMINDER' and task_id in "
                + "(select id_ from act_ru_task where proc_def_id_ like '" + REMINDER_PROCESS + ":%')", Long.class);
        if (rows != n) {
            throw new IllegalStateException("Expected " + n + " reminders in the outbox, found " + rows);
        }
        long armed = jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = '" + REMINDER_PROCESS
                + "' and handler_cfg_ like '%~trienkhai-unit-head'", Long.class);
        if (armed != n) {
            throw new IllegalStateException("Expected " + n + " unit-head timers armed by the reminders, found " + armed);
        }
        return seconds;
    }

    /**
     * Seconds until the benchmark's own jobs are gone. Counts only jobs of the benchmark's process: the demo's
     * timers (a reporting round due days later) never drain here and must not keep the wait open.
     */
    private static double waitUntilZero(JdbcTemplate jdbc, String countQuery, int n) throws InterruptedException {
        long started = System.nanoTime();
        long limit = started + DRAIN_LIMIT_PER_JOB.multipliedBy(Math.max(n, 1)).plus(DRAIN_LIMIT_FLOOR).toNanos();
        long left;
        while ((left = jdbc.queryForObject(countQuery, Long.class)) > 0) {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException(left + " of " + n + " jobs still due after "
                        + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s: the drain stalled (" + countQuery + ")");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
