package vn.trienkhai.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.reporting.RoundConsolidation;
import vn.trienkhai.reporting.assembly.ConsolidatedReportBuilder;
import vn.trienkhai.reporting.assembly.ReportAssembly;
import vn.trienkhai.reporting.document.ConsolidatedReport;
import vn.trienkhai.reporting.document.DocxReportWriter;
import vn.trienkhai.reporting.document.PdfReportWriter;
import vn.trienkhai.system.DocumentParser;

/**
 * Report assembly over a round of {@code -Dbenchmark.units} units (default 5,000) × 10 metrics, each with a short
 * text, on the embedded PostgreSQL (profile test): the baseline reads the same rows with one plain JDBC query; then
 * the assembly's query (building the {@code ConsolidatedReport}), the DOCX, the PDF, and the whole stored assembly.
 * Prints each repetition and the peak heap. Not a test: run it as a main class (docs/benchmarks.md).
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
            for (int i = 1; i <= repetitions; i++) {
                resetPeak();
                long baseline = time(() -> jdbc.query(BASELINE, rs -> { }, roundId));
                ConsolidatedReport[] report = new ConsolidatedReport[1];
                long query = time(() -> report[0] = builder.build(roundId, Instant.now()));
                int[] sizes = new int[2];
                long docxTime = time(() -> sizes[0] = ReportAssembly.write(docx, report[0]).length);
                long pdfTime = time(() -> sizes[1] = ReportAssembly.write(pdf, report[0]).length);
                long whole = time(() -> assembly.assemble(roundId, Instant.now()));
                System.out.printf(Locale.ROOT, "run %d: baseline query %d ms | assembly query %d ms, DOCX %d ms"
                        + " (%d KB), PDF %d ms (%d KB) | assemble and store %d ms | peak heap %d MB%n", i, baseline,
                        query, docxTime, sizes[0] >> 10, pdfTime, sizes[1] >> 10, whole, peakHeapMb());
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
        reports(jdbc, previous);
        reports(jdbc, current);
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

    /** Every BM unit reports (one in 50 missing, one in 7 late) ten figures and three short texts. */
    private static void reports(JdbcTemplate jdbc, long roundId) {
        jdbc.update("""
                insert into unit_report (round_id, unit_id, status, submitted_at, on_time, submitted_by, submissions,
                    results, limitations, proposals)
                select ?, u.id, case when u.id % 50 = 0 then 'MISSING' else 'ACCEPTED' end,
                    case when u.id % 50 = 0 then null else now() end, u.id % 7 <> 0, 'benchmark', 1,
                    'Đã tổ chức tuyên truyền, vận động các hộ dân ký cam kết; ra quân dọn dẹp ngõ xóm.',
                    'Một số hộ còn lấn chiếm vỉa hè.', 'Đề nghị hỗ trợ kinh phí lắp camera.'
                from org_unit u where u.code like 'BM-%'""", roundId);
        for (int m = 0; m < METRICS; m++) {
            jdbc.update("insert into unit_report_figure (report_id, metric_key, value) select r.id, ?,"
                    + " (r.unit_id * 7 + ?) % 1000 from unit_report r where r.round_id = ? and r.status = 'ACCEPTED'",
                    "m" + m, BigDecimal.valueOf(m), roundId);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
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
