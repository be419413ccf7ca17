package vn.trienkhai.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the scenarios act on: one PostgreSQL, one SMTP server and two application nodes, {@code node-a} and
 * {@code node-b}, each started with the suite's short lock times so that a dead node's work is retaken soon.
 */
final class Cluster implements AutoCloseable {

    final Database database;
    final MailServer mail;
    /**
     * A node acquires 20 jobs at a time and queues 40 (application.yaml): a few hundred jobs can be run by whichever
     * node wakes first, so the spread over both nodes is only checked on work of many acquisitions.
     */
    static final int SPREAD_FROM_JOBS = 1_000;

    final Node a;
    final Node b;
    final SuiteOptions options;

    Cluster(Path folder, SuiteOptions options) throws IOException {
        this.options = options;
        this.database = new Database(folder.resolve("postgres"), freePort());
        this.mail = new MailServer(freePort());
        List<String> arguments = arguments(options);
        this.a = new Node("node-a", freePort(), folder.resolve("node-a.log"), arguments);
        this.b = new Node("node-b", freePort(), folder.resolve("node-b.log"), arguments);
    }

    private List<String> arguments(SuiteOptions options) {
        long lock = options.lockTime().toMillis();
        return List.of("--spring.profiles.active=demo,reliability",
                "--trienkhai.embedded-postgres.enabled=false",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.port(),
                "--trienkhai.notification.dispatch.initial-delay=PT1S",
                "--trienkhai.notification.dispatch.fixed-delay=PT1S",
                // Longer than a batch of 50 mails takes on a loaded machine, and than the database's outage.
                "--trienkhai.notification.dispatch.lease=PT2M",
                // An outage of many minutes must not park notices: retries every few seconds, up to a minute apart.
                "--trienkhai.notification.dispatch.first-backoff=PT5S",
                "--trienkhai.notification.dispatch.max-backoff=PT1M",
                "--trienkhai.notification.dispatch.max-attempts=1000",
                // The suite may run at night or on a Sunday: notices are not held for the office hours.
                "--trienkhai.notification.office.hold-outside-hours=false",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lock,
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--logging.level.root=WARN",
                "--logging.level.vn.trienkhai=INFO");
    }

    List<Node> nodes() {
        return List.of(a, b);
    }

    /** Stops node-b (SIGTERM) for a one-node measurement. */
    void stopB() throws Exception {
        if (!b.terminate(Duration.ofMinutes(2))) {
            throw new Bound.ScenarioFailure("node-b did not stop on SIGTERM within 2 minutes");
        }
    }

    /** Starts node-b again after {@link #stopB} and waits until it is ready. */
    void restartB() throws Exception {
        b.start(options.heap());
        b.awaitReady(options.startLimit());
    }

    Node other(Node node) {
        return node == a ? b : a;
    }

    JdbcTemplate jdbc() {
        return database.jdbc();
    }

    /** A count, or -1 while the database does not answer (a restart, the schema not yet there). */
    long count(String query, Object... arguments) {
        try {
            Long value = jdbc().queryForObject(query, Long.class, arguments);
            return value == null ? 0 : value;
        } catch (DataAccessException exception) {
            return -1;
        }
    }

    /** Jobs each node ran successfully since {@code since} (the engine's job log names the node). */
    Map<String, Long> jobsPerNode(Instant since) {
        Map<String, Long> perNode = new TreeMap<>();
        jdbc().query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and timestamp_ >= ? "
                + "group by hostname_", row -> {
                    perNode.put(row.getString(1), row.getLong(2));
                }, Timestamp.from(since));
        return perNode;
    }

    long failedJobs(Instant since) {
        return count("select count(*) from act_hi_job_log where job_state_ = 1 and timestamp_ >= ?", Timestamp.from(since));
    }

    long incidents() {
        return count("select count(*) from act_ru_incident");
    }

    /** Waits until no due job is left and the outbox has sent everything (nothing pending, nothing parked). */
    Duration awaitDrained(String what, Duration limit, String jobs) throws Exception {
        return Bound.await(what + ": jobs run and the outbox drained", limit, () ->
                count("select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now()) and " + jobs) == 0
                        && count("select count(*) from notification_outbox where status <> 'SENT'") == 0);
    }

    Duration drainLimit(long work) {
        return options.drainFloor().plus(options.perItem().multipliedBy(work));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (Node node : nodes()) {
            node.close();
        }
        mail.close();
        database.close();
    }
}
