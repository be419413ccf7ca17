package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tables: totals with comparisons (section II), the plan's tasks, and one row per unit (appendix). */
final class ReportTables {

    static final String NO_DATA = "-";
    static final String TOTAL = "Tổng cộng";
    /**
     * Relative widths of the tasks' columns; over the 165 mm of text on A4 portrait they are millimetres: a date and
     * a unit name like "Công an phường" on one line, a status on at most two ("đang thực hiện / trong hạn").
     */
    static final float[] PLAN_TASK_WIDTHS = {10, 47, 29, 21, 32, 26};

    private ReportTables() {
    }

    static ReportTable totals(ConsolidatedReport report) {
        Map<String, MetricTotal> totals = report.totals().stream()
                .collect(Collectors.toMap(MetricTotal::metricKey, Function.identity(), (first, second) -> first));
        List<List<String>> rows = new ArrayList<>();
        int position = 1;
        for (ReportMetric metric : report.metrics()) {
            Optional<MetricTotal> total = Optional.ofNullable(totals.get(metric.key()));
            rows.add(List.of(Integer.toString(position++), metricLabel(metric),
                    total.map(t -> VietnameseFormat.number(t.value())).orElse(NO_DATA),
                    earlier(total.flatMap(MetricTotal::previousPeriod)),
                    change(total.flatMap(MetricTotal::previousPeriod)),
                    earlier(total.flatMap(MetricTotal::samePeriodLastYear)),
                    change(total.flatMap(MetricTotal::samePeriodLastYear))));
        }
        return new ReportTable(
                List.of("STT", "Chỉ tiêu", "Kỳ báo cáo", "Kỳ trước", "Tăng (+), giảm (-) so với kỳ trước",
                        "Cùng kỳ năm trước", "Tăng (+), giảm (-) so với cùng kỳ"),
                new float[] {10, 30, 25, 25, 25, 25, 25},
                new boolean[] {false, false, true, true, true, true, true}, rows::stream, 11);
    }

    /**
     * The plan's tasks on A4 portrait: STT, task, lead unit, deadline (wide enough for "31/12/2026" on one line at
     * 11 pt), result or output, status.
     */
    static ReportTable planTasks(PlanTasks tasks) {
        List<String> header = tasks.headers().stream().map(SafeText::line).toList();
        Supplier<Stream<List<String>>> rows = () -> tasks.tasks().stream().map(task -> List.of(
                Integer.toString(task.number()), SafeText.line(task.task()), SafeText.line(task.lead()),
                SafeText.line(task.deadline()), SafeText.clean(task.result()), SafeText.line(task.status())));
        return new ReportTable(header, PLAN_TASK_WIDTHS, new boolean[PlanTasks.COLUMNS], rows, 11);
    }

    static ReportTable units(ConsolidatedReport report) {
        List<ReportMetric> metrics = report.metrics();
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị", "Tình hình báo cáo", "Thời điểm gửi"));
        metrics.forEach(metric -> header.add(metricLabel(metric)));
        float[] widths = new float[header.size()];
        boolean[] numeric = new boolean[header.size()];
        widths[0] = 11;
        widths[1] = 42;
        widths[2] = 20;
        widths[3] = 22;
        for (int column = 4; column < widths.length; column++) {
            widths[column] = Math.max(14, 150f / Math.max(1, metrics.size()));
            numeric[column] = true;
        }
        return new ReportTable(header, widths, numeric,
                () -> Stream.concat(unitRows(report.lines(), metrics), Stream.of(totalRow(report))), 11);
    }

    private static Stream<List<String>> unitRows(UnitLines lines, List<ReportMetric> metrics) {
        AtomicInteger position = new AtomicInteger();
        return lines.units().map(unit -> unitRow(position.incrementAndGet(), unit, metrics));
    }

    /** "Tổng cộng": each figure's total over the units that reported, the sum of the rows above. */
    private static List<String> totalRow(ConsolidatedReport report) {
        Map<String, MetricTotal> totals = report.totals().stream()
                .collect(Collectors.toMap(MetricTotal::metricKey, Function.identity(), (first, second) -> first));
        List<String> cells = new ArrayList<>(List.of("", TOTAL, "", ""));
        for (ReportMetric metric : report.metrics()) {
            MetricTotal total = totals.get(metric.key());
            cells.add(total == null ? NO_DATA : VietnameseFormat.number(total.value()));
        }
        return cells;
    }

    private static List<String> unitRow(int position, UnitFigures unit, List<ReportMetric> metrics) {
        List<String> cells = new ArrayList<>(metrics.size() + 4);
        cells.add(Integer.toString(position));
        cells.add(SafeText.line(unit.unitName()));
        cells.add(ReportWording.statusLabel(unit.status()));
        cells.add(unit.submittedAt() == null ? NO_DATA : VietnameseFormat.dateTime(unit.submittedAt()));
        for (ReportMetric metric : metrics) {
            BigDecimal figure = unit.figures().get(metric.key());
            cells.add(figure == null ? NO_DATA : VietnameseFormat.number(figure));
        }
        return cells;
    }

    private static String metricLabel(ReportMetric metric) {
        String unit = SafeText.line(metric.unit());
        return SafeText.line(metric.label()) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    private static String earlier(Optional<Comparison> comparison) {
        return comparison.map(c -> VietnameseFormat.number(c.earlier())).orElse(NO_DATA);
    }

    /** "+12" and, on the next line, "(+12,5%)"; only the difference when the earlier total was zero. */
    private static String change(Optional<Comparison> comparison) {
        return comparison.map(c -> VietnameseFormat.signedNumber(c.difference())
                        + c.percentage().map(p -> "\n(" + VietnameseFormat.signedPercent(p) + ")").orElse(""))
                .orElse(NO_DATA);
    }
}
