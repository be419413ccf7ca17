package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.CAUSES;
import static vn.trienkhai.reporting.ReportingRoundProcess.LIMITATIONS;
import static vn.trienkhai.reporting.ReportingRoundProcess.OTHER_FIGURES;
import static vn.trienkhai.reporting.ReportingRoundProcess.PROPOSALS;
import static vn.trienkhai.reporting.ReportingRoundProcess.RESULTS;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.trienkhai.plan.PlanMetric;

/**
 * The unit report form (forms/submit-unit-report.form): a number field {@code figure_<key>} for
 * each metric of the standard set the seed plans use, shown only when the plan names it, and a
 * text field {@code otherFigures} ("key = value", one a line) for the metrics a plan defines itself.
 */
final class UnitReportForm {

    static final String FIGURE_PREFIX = "figure_";
    static final int TEXT_MAX = 4000;
    static final Set<String> STANDARD_METRICS = Set.of("accidents", "deaths", "injuries", "violations", "fines",
            "studySessions", "studyParticipants", "outreachSessions", "outreachReach", "encroachmentsHandled",
            "mediaItems");

    private UnitReportForm() {
    }

    static String fieldOf(String metricKey) {
        return FIGURE_PREFIX + metricKey;
    }

    static boolean isStandard(PlanMetric metric) {
        return STANDARD_METRICS.contains(metric.getKey());
    }

    /** Validates a completed form against the plan's metrics; throws naming the first bad field. */
    static UnitReportContent read(VariableScope form, List<PlanMetric> metrics) {
        Map<String, String> other = otherFigures(form);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (PlanMetric metric : metrics) {
            String field = isStandard(metric) ? fieldOf(metric.getKey()) : OTHER_FIGURES;
            Object raw = isStandard(metric) ? form.getVariable(field) : other.get(metric.getKey());
            figures.put(metric.getKey(), FormRules.figure(raw, field, metric.getLabel()));
        }
        return new UnitReportContent(figures,
                FormRules.requiredText(form, RESULTS, "Kết quả thực hiện", TEXT_MAX),
                FormRules.optionalText(form, LIMITATIONS, "Hạn chế, khó khăn", TEXT_MAX),
                FormRules.optionalText(form, CAUSES, "Nguyên nhân", TEXT_MAX),
                FormRules.optionalText(form, PROPOSALS, "Kiến nghị, đề xuất", TEXT_MAX));
    }

    /** The lines a unit types for the plan's own metrics, e.g. {@code checkpoints = 12}. */
    private static Map<String, String> otherFigures(VariableScope form) {
        String text = FormRules.optionalText(form, OTHER_FIGURES, "Số liệu khác", TEXT_MAX);
        Map<String, String> values = new HashMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int separator = line.indexOf('=');
            if (separator < 1) {
                throw FormRules.refuse(OTHER_FIGURES,
                        "\"Số liệu khác\": mỗi dòng phải có dạng mã = số, nhận được \"" + line.strip() + "\"");
            }
            values.put(line.substring(0, separator).strip(), line.substring(separator + 1).strip());
        }
        return values;
    }

    /** Task-local variables: the form's context and, after a return, what the unit sent before. */
    static Map<String, Object> prefill(List<PlanMetric> metrics, UnitReport previous) {
        Map<String, Object> values = new HashMap<>();
        StringBuilder keys = new StringBuilder(",");
        StringBuilder hint = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (PlanMetric metric : metrics) {
            keys.append(metric.getKey()).append(',');
            BigDecimal value = previous == null ? null : previous.getFigures().get(metric.getKey());
            if (isStandard(metric)) {
                values.put(fieldOf(metric.getKey()), value == null ? null : value.doubleValue());
            } else {
                hint.append(metric.getKey()).append(" = ").append(metric.getLabel())
                        .append(" (").append(metric.getUnit()).append(")\n");
                other.append(metric.getKey()).append(" = ").append(value == null ? "" : value.stripTrailingZeros().toPlainString()).append('\n');
            }
        }
        values.put(ReportingRoundProcess.METRIC_KEYS, keys.toString());
        values.put("otherMetricsHint", hint.isEmpty() ? null : hint.toString().strip());
        values.put(OTHER_FIGURES, other.isEmpty() ? null : other.toString().strip());
        values.put(RESULTS, previous == null ? null : previous.getResults());
        values.put(LIMITATIONS, previous == null ? null : previous.getLimitations());
        values.put(CAUSES, previous == null ? null : previous.getCauses());
        values.put(PROPOSALS, previous == null ? null : previous.getProposals());
        values.put("previousReturnReason", previous == null ? null : previous.getReturnReason());
        return values;
    }
}
