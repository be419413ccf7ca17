package vn.trienkhai.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.trienkhai.plan.PlanMetric;

/** Plain-text views shown read-only in the review, finalisation and approval forms. */
final class ReportSummaries {

    private ReportSummaries() {
    }

    static String unitReport(UnitReport report, List<PlanMetric> metrics) {
        StringBuilder text = new StringBuilder();
        figures(text, report.getFigures(), metrics);
        text.append("\nKết quả: ").append(report.getResults());
        append(text, "Hạn chế: ", report.getLimitations());
        append(text, "Nguyên nhân: ", report.getCauses());
        append(text, "Kiến nghị: ", report.getProposals());
        return text.toString();
    }

    static String round(ReportRound round, Map<String, BigDecimal> totals, List<PlanMetric> metrics) {
        StringBuilder text = new StringBuilder("Kỳ báo cáo: ").append(round.getPeriodLabel()).append('\n');
        figures(text, totals, metrics);
        return text.toString().strip();
    }

    private static void figures(StringBuilder text, Map<String, BigDecimal> figures, List<PlanMetric> metrics) {
        for (PlanMetric metric : metrics) {
            BigDecimal value = figures.get(metric.getKey());
            text.append(metric.getLabel()).append(": ")
                    .append(value == null ? "—" : value.stripTrailingZeros().toPlainString())
                    .append(' ').append(metric.getUnit()).append('\n');
        }
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append('\n').append(label).append(value);
        }
    }
}
