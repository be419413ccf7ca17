package vn.trienkhai.reliability;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability suite (issue 16), {@code ./mvnw -B -Preliability verify}: one embedded PostgreSQL, one SMTP server
 * (GreenMail, in this JVM) and two application nodes in JVMs of their own, broken on purpose scenario by scenario.
 * Prints one table (scenario, work, lost, duplicated, incidents, time to recover, jobs per node) and ends with exit
 * code 1 when a scenario lost or repeated something or did not finish within its limit. Options: {@link SuiteOptions}.
 */
public final class ReliabilitySuite {

    private static final Path FOLDER = Path.of("target", "reliability");

    private ReliabilitySuite() {
    }

    public static void main(String[] args) throws Exception {
        quietLibraries();
        SuiteOptions options = SuiteOptions.fromSystemProperties();
        deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
        List<String> load = new ArrayList<>();
        Instant started = Instant.now();
        List<Outcome> outcomes = run(options, FOLDER.toAbsolutePath(), load);
        List<String> report = report(options, outcomes, load, Duration.between(started, Instant.now()));
        Files.write(FOLDER.resolve("results.md"), report);
        report.forEach(System.out::println);
        System.exit(outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
    }

    /** Starts the cluster in {@code folder} (scenario 5), runs the chosen scenarios on it, stops it. */
    static List<Outcome> run(SuiteOptions options, Path folder, List<String> load) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        try (Cluster cluster = new Cluster(folder, options)) {
            load.add(loadAverage("start"));
            Outcome start = attempt("5. two nodes start at once", () -> new StartTogether(cluster).run());
            outcomes.add(start);
            if (start.passed()) {
                cluster.a.post("/reliability/units?count=" + options.units(), cluster.drainLimit(options.units()));
                runScenarios(cluster, options, outcomes, load);
            }
            load.add(loadAverage("end"));
        }
        return outcomes;
    }

    /** The embedded server's and GreenMail's own INFO lines would bury the suite's. */
    private static void quietLibraries() {
        for (String name : List.of("io.zonky", "com.icegreen")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name)).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static void runScenarios(Cluster cluster, SuiteOptions options, List<Outcome> outcomes, List<String> load)
            throws Exception {
        if (options.runs("notices")) {
            outcomes.add(attempt("1. two nodes, due reminders and escalations", () -> new NoticeStorm(cluster, true).run()));
            load.add(loadAverage("after scenario 1"));
        }
        if (options.runs("single") && revive(cluster)) {
            outcomes.add(attempt("1b. one node, due reminders and escalations",
                    () -> new NoticeStorm(cluster, false).run()));
            load.add(loadAverage("after scenario 1b"));
        }
        if (options.runs("rollout") && revive(cluster)) {
            outcomes.add(attempt("R. two nodes, a rollout", () -> new RolloutSpread(cluster, true).run()));
            load.add(loadAverage("after scenario R"));
        }
        if (options.runs("rollout-single") && revive(cluster)) {
            outcomes.add(attempt("Rb. one node, a rollout", () -> new RolloutSpread(cluster, false).run()));
            load.add(loadAverage("after scenario Rb"));
        }
        if (options.runs("kill") && revive(cluster)) {
            outcomes.add(attempt("2. kill -9 in a rollout and in a timer storm", () -> new NodeKill(cluster).run()));
            load.add(loadAverage("after scenario 2"));
        }
        if (options.runs("smtp") && revive(cluster)) {
            outcomes.add(attempt("3. SMTP down", () -> new SmtpOutage(cluster).run()));
            load.add(loadAverage("after scenario 3"));
        }
        if (options.runs("database") && revive(cluster)) {
            outcomes.add(attempt("4. PostgreSQL restarted under load", () -> new DatabaseRestart(cluster).run()));
            load.add(loadAverage("after scenario 4"));
        }
    }

    private interface Scenario {
        Outcome run() throws Exception;
    }

    private static Outcome attempt(String name, Scenario scenario) {
        progress("%s: started", name);
        Outcome outcome;
        try {
            outcome = scenario.run();
        } catch (Exception exception) {
            outcome = Outcome.aborted(name, exception);
        }
        progress("%s", outcome.line());
        outcome.problems().forEach(problem -> progress("  FAILED: %s", problem));
        return outcome;
    }

    /** A scenario that failed may leave a node or a server down: the next one starts from a whole cluster. */
    private static boolean revive(Cluster cluster) {
        try {
            if (!cluster.mail.isUp()) {
                cluster.mail.start();
            }
            for (Node node : cluster.nodes()) {
                if (!node.isAlive()) {
                    node.start(cluster.options.heap());
                }
                node.awaitReady(cluster.options.startLimit());
            }
            return true;
        } catch (Exception exception) {
            progress("the cluster could not be brought back: %s", exception.getMessage());
            return false;
        }
    }

    private static List<String> report(SuiteOptions options, List<Outcome> outcomes, List<String> load, Duration took) {
        List<String> lines = new ArrayList<>();
        lines.add("Reliability suite: " + options);
        lines.add(String.format("Machine: %d cores, Java %s; %s; the whole run took %d min %d s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), String.join("; ", load),
                took.toMinutes(), took.toSecondsPart()));
        lines.add("");
        lines.add(Outcome.header());
        outcomes.forEach(outcome -> lines.add(outcome.line()));
        lines.add("");
        for (Outcome outcome : outcomes) {
            outcome.problems().forEach(problem -> lines.add("FAILED " + outcome.scenario() + ": " + problem));
        }
        lines.add(outcomes.stream().allMatch(Outcome::passed) ? "Every scenario passed." : "Some scenario FAILED.");
        return lines;
    }

    private static String loadAverage(String when) {
        return String.format("load average %s %.2f", when, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void progress(String format, Object... arguments) {
        System.out.println("[reliability] " + String.format(format, arguments));
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
