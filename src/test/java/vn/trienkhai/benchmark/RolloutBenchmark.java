package vn.trienkhai.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.rollout.RolloutService;

/**
 * Rollout benchmark (run with {@code ./mvnw -B -Pbenchmark verify}): the application with its job
 * executor on, over a fresh embedded PostgreSQL with default durability. Prints, for N = 100 and
 * 1,000 and for 10,000 through a two-level cascade, the time until every unit's first task exists
 * against N bare one-task instances started in the same run, then the engine's health.
 *
 * <p>System properties: {@code benchmark.repetitions} (default 3), {@code benchmark.cascadeRepetitions}
 * (default 2, 0 skips the cascade), {@code benchmark.sizes} (default {@code 100,1000}),
 * {@code benchmark.wards} and {@code benchmark.groups} (default 100 × 100).
 */
public final class RolloutBenchmark {

    private static final int WARM_UP = 50;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path REPORT = Path.of("target", "benchmark", "results.md");

    private final ProcessEngine engine;
    private final BareBaseline bare;
    private final RolloutRuns rollouts;
    private final ResultTable table = new ResultTable();

    private RolloutBenchmark(ProcessEngine engine, BareBaseline bare, RolloutRuns rollouts) {
        this.engine = engine;
        this.bare = bare;
        this.rollouts = rollouts;
    }

    public static void main(String[] args) throws Exception {
        int repetitions = Integer.getInteger("benchmark.repetitions", 3);
        int cascadeRepetitions = Integer.getInteger("benchmark.cascadeRepetitions", 2);
        int wards = Integer.getInteger("benchmark.wards", 100);
        int groups = Integer.getInteger("benchmark.groups", 100);
        List<Integer> sizes = sizes(System.getProperty("benchmark.sizes", "100,1000"));
        OptimisticLockingCounter counter = new OptimisticLockingCounter();
        List<String> report = new ArrayList<>();
        boolean healthy;
        try (BenchmarkDatabase database = BenchmarkDatabase.start();
             ConfigurableApplicationContext context = application(database, counter)) {
            report.add("Database: " + String.join(", ", database.settings()));
            report.add("Pool, shared by the bare baseline and trienkhai: reWriteBatchedInserts="
                    + rewritesBatchedInserts(context.getBean(DataSource.class)));
            report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            RolloutBenchmark benchmark = prepare(context, sizes, cascadeRepetitions > 0 ? wards : 0, groups);
            benchmark.warmUp();
            for (int size : sizes) {
                benchmark.oneLevel(size, repetitions);
            }
            if (cascadeRepetitions > 0) {
                benchmark.cascade(wards, groups, cascadeRepetitions);
            }
            EngineHealth health = new EngineHealth(benchmark.engine, counter);
            report.addAll(benchmark.table.lines());
            report.add("");
            report.addAll(health.lines());
            healthy = health.healthy();
        }
        print(report);
        System.exit(healthy ? 0 : 1);
    }

    private static boolean rewritesBatchedInserts(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled();
        }
    }

    private static ConfigurableApplicationContext application(BenchmarkDatabase database, OptimisticLockingCounter counter) {
        return new SpringApplicationBuilder(TrienkhaiApplication.class)
                .profiles("benchmark")
                .initializers(context -> context.getBeanFactory().registerSingleton("optimisticLockingCounter", counter))
                .run("--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--trienkhai.embedded-postgres.enabled=false",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.admin-user.id=admin",
                        "--camunda.bpm.admin-user.password=benchmark-admin",
                        "--server.port=0",
                        "--logging.file.name=target/benchmark/application.log",
                        "--logging.pattern.console=");
    }

    private static RolloutBenchmark prepare(ConfigurableApplicationContext context, List<Integer> sizes, int wards,
                                            int groups) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        SyntheticData data = new SyntheticData(context.getBean(UnitTreeImporter.class), context.getBean(PlanImporter.class));
        long started = System.nanoTime();
        data.importFlatUnits(sizes.stream().mapToInt(Integer::intValue).max().orElse(WARM_UP));
        data.importWards(wards, groups);
        progress("units imported in %.0f s", (System.nanoTime() - started) / 1e9);
        BareBaseline bare = new BareBaseline(engine);
        bare.deploy();
        TaskWait wait = new TaskWait(engine.getTaskService(), Duration.ofMinutes(5));
        RolloutRuns rollouts = new RolloutRuns(engine, context.getBean(RolloutService.class), data, wait, LocalDate.now(ZONE));
        return new RolloutBenchmark(engine, bare, rollouts);
    }

    private void warmUp() throws Exception {
        for (int round = 0; round < 2; round++) {
            bare.run(WARM_UP, 1);
            bare.run(WARM_UP, 2);
            rollouts.oneLevel(WARM_UP);
        }
        progress("warmed up");
    }

    private void oneLevel(int size, int repetitions) throws Exception {
        ResultTable.Row row = new ResultTable.Row(String.format("%,d units, one level", size), new Timings(), new Timings(),
                new Timings());
        for (int repetition = 1; repetition <= repetitions; repetition++) {
            row.bareOneThread().add(bare.run(size, 1));
            row.bareTwoThreads().add(bare.run(size, 2));
            row.trienkhai().add(rollouts.oneLevel(size));
            progress("N=%d, run %d: %s", size, repetition, row.trienkhai().all());
        }
        table.add(row);
    }

    private void cascade(int wards, int groups, int repetitions) throws Exception {
        ResultTable.Row row = new ResultTable.Row(String.format("%,d units, two-level cascade (%d × %d)", wards * groups,
                wards, groups), new Timings(), new Timings(), new Timings());
        for (int repetition = 1; repetition <= repetitions; repetition++) {
            row.bareOneThread().add(bare.run(wards * groups, 1));
            row.bareTwoThreads().add(bare.run(wards * groups, 2));
            row.trienkhai().add(rollouts.cascade(wards, groups));
            progress("cascade, run %d: %s", repetition, row.trienkhai().all());
        }
        table.add(row);
    }

    private static List<Integer> sizes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static void progress(String format, Object... arguments) {
        System.out.println("[benchmark] " + String.format(format, arguments));
    }

    private static void print(List<String> report) throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
        System.out.println("(also written to " + REPORT + ")");
    }
}
