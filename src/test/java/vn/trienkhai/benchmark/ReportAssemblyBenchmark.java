package vn.trienkhai.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.reporting.RoundConsolidation;
import vn.trienkhai.reporting.assembly.ConsolidatedReportBuilder;
import vn.trienkhai.reporting.assembly.ReportAssembly;
import vn.trienkhai.reporting.document.ConsolidatedReport;
import vn.trienkhai.reporting.document.DocxReportWriter;
import vn.trienkhai.reporting.document.PdfReportWriter;
import vn.trienkhai.reporting.document.ReportDocumentWriter;
import vn.trienkhai.system.DocumentParser;

/**
 * Report assembly over a round of {@code -Dbenchmark.units} units (default 5,000) × 10 metrics, each with texts
 * ({@code -Dbenchmark.textChars}, default 82, for kết quả), on the embedded PostgreSQL (profile test): the baseline
 * reads the same rows with one plain JDBC query; then, in one transaction as the assembly job runs, the assembly's
 * query (building the {@code ConsolidatedReport}), the DOCX and the PDF written to a counting stream; then the whole
 * stored assembly. Prints each repetition's times, the bytes each phase allocated, the ratios to the baseline and the
 * peak heap. Not a test: run it as a main class (docs/benchmarks.md).
 */
public final class ReportAssemblyBenchmark {

    private static final int METRICS = 10;
    private static final String BASELINE = """
            select u.name, r.status, r.submitted_at, r.on_time, r.results, r.limitations, r.proposals, t.metric_key,
                t.total from unit_report r join org_unit u on u.id = r.unit_id
            left join round_unit_total t on t.round_id = r.round_id and t.unit_id = r.unit_id
            where r.round_id = ? order by u.code""";

    private ReportAssemblyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("benchmark.units", 5_000);
        int repetitions = Integer.getInteger("benchmark.repetitions", 3);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrienkhaiApplication.class)
                .profiles("test").properties("server.port=0").run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long roundId = fill(context, jdbc, units);
            ConsolidatedReportBuilder builder = context.getBean(ConsolidatedReportBuilder.class);
            DocxReportWriter docx = context.getBean(DocxReportWriter.class);
            PdfReportWriter pdf = context.getBean(PdfReportWriter.class);
            ReportAssembly assembly = context.getBean(ReportAssembly.class);
            System.out.printf(Locale.ROOT, "%d units x %d metrics, JVM max heap %d MB%n", units, METRICS,
                    Runtime.getRuntime().maxMemory() >> 20);
            TransactionTemplate transaction = new TransactionTemplate(
                    context.getBean(PlatformTransactionManager.class));
            for (int i = 1; i <= repetitions; i++) {
                resetPeak();
                Phase baseline = Phase.run(() -> jdbc.query(BASELINE, rs -> { }, roundId));
                Phase[] phases = new Phase[3];
                long[] sizes = new long[2];
                transaction.executeWithoutResult(status -> {
                    ConsolidatedReport[] report = new ConsolidatedReport[1];
                    phases[0] = Phase.run(() -> report[0] = builder.build(roundId, Instant.now()));
                    phases[1] = Phase.run(() -> sizes[0] = written(docx, report[0]));
                    phases[2] = Phase.run(() -> sizes[1] = written(pdf, report[0]));
                });
                Phase whole = Phase.run(() -> assembly.assemble(roundId, Instant.now()));
                System.out.printf(Locale.ROOT, "run %d: baseline query %s | assembly query %s, DOCX %s (%d KB),"
                        + " PDF %s (%d KB) | assemble and store %s | DOCX %.1f× and PDF %.1f× the baseline"
                        + " | peak heap %d MB%n", i, baseline, phases[0], phases[1], sizes[0] >> 10, phases[2],
                        sizes[1] >> 10, whole, phases[1].ratio(baseline), phases[2].ratio(baseline), peakHeapMb());
            }
        }
    }

    /** A ward of {@code units} residential groups, a plan with 10 metrics, a previous round and the round to report. */
    private static long fill(ConfigurableApplicationContext context, JdbcTemplate jdbc, int units) throws Exception {
        context.getBean(UnitTreeImporter.class).importTree(DocumentParser.parseYaml(
                new ClassPathResource("reporting/units.yaml").getContentAsByteArray()));
        ObjectNode plan = (ObjectNode) DocumentParser.parseYaml(
                new ClassPathResource("reporting/plan.yaml").getContentAsByteArray());
        ((ObjectNode) plan.get("plan")).put("summary", "Kế hoạch đo hiệu năng " + UUID.randomUUID());
        ArrayNode metrics = plan.putArray("metrics");
        for (int m = 0; m < METRICS; m++) {
            metrics.addObject().put("key", "m" + m).put("label", "Chỉ tiêu số " + (m + 1)).put("unit", "vụ");
        }
        long planId = context.getBean(PlanImporter.class).importPlan(plan, "benchmark").getId();
        long parent = jdbc.queryForObject("select id from org_unit where code = 'RT-UBND'", Long.class);
        List<Object[]> unitRows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            String code = String.format(Locale.ROOT, "BM-%05d", u);
            unitRows.add(new Object[] {code, "Tổ dân phố số " + (u + 1), parent, code.toLowerCase(Locale.ROOT)});
        }
        jdbc.batchUpdate("insert into org_unit (code, name, kind, parent_id, camunda_group_id) values (?, ?,"
                + " 'RESIDENTIAL_GROUP', ?, ?) on conflict do nothing", unitRows);
        long rolloutId = jdbc.queryForObject("insert into rollout (plan_id, level, rollout_date, status, started_at)"
                + " values (?, 0, ?, 'COMPLETED', now()) returning id", Long.class, planId,
                Date.valueOf(LocalDate.of(2026, 1, 5)));
        long previous = round(jdbc, planId, rolloutId, 1, "Quý I/2026", LocalDate.of(2026, 3, 14));
        long current = round(jdbc, planId, rolloutId, 2, "Quý II/2026", LocalDate.of(2026, 6, 14));
        int textChars = Integer.getInteger("benchmark.textChars", 82);
        reports(jdbc, previous, textChars);
        reports(jdbc, current, textChars);
        RoundConsolidation consolidation = context.getBean(RoundConsolidation.class);
        consolidation.consolidate(previous, Instant.now());
        consolidation.consolidate(current, Instant.now());
        return current;
    }

    private static long round(JdbcTemplate jdbc, long planId, long rolloutId, int sequence, String label,
                              LocalDate cutOff) {
        Timestamp deadline = Timestamp.from(cutOff.plusDays(4).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        return jdbc.queryForObject("""
                insert into reporting_round (plan_id, rollout_id, sequence, level, period_label, final_review, data_from,
                    cut_off, submission_deadline, consolidation_deadline, status, opened_at)
                values (?, ?, ?, 0, ?, false, ?, ?, ?, ?, 'OPEN', now()) returning id""", Long.class, planId,
                rolloutId, sequence, label, Date.valueOf(cutOff.minusMonths(3).plusDays(1)), Date.valueOf(cutOff),
                deadline, deadline);
    }

    /** Every BM unit reports (one in 50 missing, one in 7 late) ten figures and three texts. */
    private static void reports(JdbcTemplate jdbc, long roundId, int textChars) {
        jdbc.update("""
                insert into unit_report (round_id, unit_id, status, submitted_at, on_time, submitted_by, submissions,
                    results, limitations, proposals)
                select ?, u.id, case when u.id % 50 = 0 then 'MISSING' else 'ACCEPTED' end,
                    case when u.id % 50 = 0 then null else now() end, u.id % 7 <> 0, 'benchmark', 1,
                    left(repeat('Đã tổ chức tuyên truyền, vận động các hộ dân ký cam kết; ra quân dọn dẹp ngõ xóm. ',
                        100), greatest(?, 1)),
                    'Một số hộ còn lấn chiếm vỉa hè.', 'Đề nghị hỗ trợ kinh phí lắp camera.'
                from org_unit u where u.code like 'BM-%'""", roundId, textChars);
        for (int m = 0; m < METRICS; m++) {
            jdbc.update("insert into unit_report_figure (report_id, metric_key, value) select r.id, ?,"
                    + " (r.unit_id * 7 + ?) % 1000 from unit_report r where r.round_id = ? and r.status = 'ACCEPTED'",
                    "m" + m, BigDecimal.valueOf(m), roundId);
        }
    }

    /** Writes the report in one format to a stream that counts the bytes and keeps none. */
    private static long written(ReportDocumentWriter writer, ConsolidatedReport report) {
        long[] count = new long[1];
        try {
            writer.write(report, new OutputStream() {
                @Override
                public void write(int b) {
                    count[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    count[0] += len;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** Wall time and bytes allocated by this thread for one piece of work. */
    private record Phase(long millis, long allocatedMb) {

        static Phase run(Runnable work) {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                    ManagementFactory.getThreadMXBean();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            work.run();
            return new Phase((System.nanoTime() - start) / 1_000_000,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) >> 20);
        }

        double ratio(Phase baseline) {
            return (double) millis / Math.max(1, baseline.millis);
        }

        @Override
        public String toString() {
            return millis + " ms, " + allocatedMb + " MB allocated";
        }
    }

    private static void resetPeak() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
