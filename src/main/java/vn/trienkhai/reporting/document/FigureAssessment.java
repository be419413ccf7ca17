package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each main figure in words, assessed against the previous period and the same period last year, as a leader reads
 * it: "Số vụ tai nạn giao thông: 8 vụ, giảm 2 vụ (20,0%) so với quý trước, bằng cùng kỳ năm 2025." A comparison
 * without data is left out; one whose earlier total was zero gives the difference only.
 */
final class FigureAssessment {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*$");

    private FigureAssessment() {
    }

    static List<Paragraph> of(ConsolidatedReport report) {
        List<Paragraph> sentences = new ArrayList<>();
        String previous = previousPeriod(report.periodLabel());
        Optional<String> lastYear = samePeriodLastYear(report.periodLabel());
        for (ReportMetric metric : report.metrics()) {
            report.totals().stream().filter(total -> total.metricKey().equals(metric.key())).findFirst()
                    .ifPresent(total -> sentences.add(sentence(metric, total, previous, lastYear)));
        }
        return sentences;
    }

    private static Paragraph sentence(ReportMetric metric, MetricTotal total, String previous,
                                      Optional<String> lastYear) {
        String unit = unit(metric);
        StringBuilder text = new StringBuilder(VietnameseFormat.number(total.value())).append(unit);
        total.previousPeriod().ifPresent(c -> text.append(", ").append(change(c, unit)).append(" ").append(previous));
        total.samePeriodLastYear().ifPresent(c -> lastYear.ifPresent(
                label -> text.append(", ").append(change(c, unit)).append(" ").append(label)));
        return new Paragraph("- " + SafeText.line(metric.label()) + ": ", text.append(".").toString());
    }

    /** "giảm 2 vụ (20,0%) so với", "tăng 1 người so với", "bằng". */
    static String change(Comparison comparison, String unit) {
        BigDecimal difference = comparison.difference();
        if (difference.signum() == 0) {
            return "bằng";
        }
        String percent = comparison.percentage().map(p -> " (" + VietnameseFormat.percent(p.abs()) + ")").orElse("");
        return (difference.signum() > 0 ? "tăng " : "giảm ") + VietnameseFormat.number(difference.abs()) + unit
                + percent + " so với";
    }

    /** "quý trước", "tháng trước", "năm trước", otherwise "kỳ trước". */
    static String previousPeriod(String periodLabel) {
        String label = SafeText.line(periodLabel).toLowerCase(java.util.Locale.ROOT);
        if (label.startsWith("quý")) {
            return "quý trước";
        }
        if (label.startsWith("tháng")) {
            return "tháng trước";
        }
        return label.startsWith("năm") ? "năm trước" : "kỳ trước";
    }

    /** "cùng kỳ năm 2025" for a period of 2026; absent for a whole year (the previous period) or without a year. */
    static Optional<String> samePeriodLastYear(String periodLabel) {
        if (previousPeriod(periodLabel).equals("năm trước")) {
            return Optional.empty();
        }
        Matcher year = YEAR.matcher(SafeText.line(periodLabel));
        return year.find() ? Optional.of("cùng kỳ năm " + (Integer.parseInt(year.group(1)) - 1)) : Optional.empty();
    }

    private static String unit(ReportMetric metric) {
        String unit = SafeText.line(metric.unit());
        return unit.isEmpty() ? "" : " " + unit;
    }
}
