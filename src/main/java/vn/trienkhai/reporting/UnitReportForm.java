package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.CAUSES;
import static vn.trienkhai.reporting.ReportingRoundProcess.LIMITATIONS;
import static vn.trienkhai.reporting.ReportingRoundProcess.PROPOSALS;
import static vn.trienkhai.reporting.ReportingRoundProcess.RESULTS;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.trienkhai.plan.PlanMetric;

/**
 * The values of a unit report form: a number field {@code figure_<key>} for each metric of the
 * round's plan (the plan's own form, {@link UnitReportFormSchema}) and four texts.
 */
final class UnitReportForm {

    static final String FIGURE_PREFIX = "figure_";
    static final int TEXT_MAX = 4000;

    private UnitReportForm() {
    }

    static String fieldOf(String metricKey) {
        return FIGURE_PREFIX + metricKey;
    }

    /**
     * Validates a completed form against the plan's metrics; throws naming the first bad field.
     * A figure of a metric the plan does not have is refused too: a client sending it typed a
     * wrong key or used another plan's form, and nothing of it would be stored.
     */
    static UnitReportContent read(VariableScope form, List<PlanMetric> metrics) {
        Set<String> known = metrics.stream().map(metric -> fieldOf(metric.getKey())).collect(Collectors.toSet());
        form.getVariableNames().stream().filter(name -> name.startsWith(FIGURE_PREFIX) && !known.contains(name))
                .sorted().findFirst().ifPresent(unknown -> {
                    throw FormRules.refuse(unknown, "Chỉ tiêu \"" + unknown.substring(FIGURE_PREFIX.length())
                            + "\" không có trong kế hoạch này; chỉ nhập số liệu các chỉ tiêu của kế hoạch");
                });
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (PlanMetric metric : metrics) {
            String field = fieldOf(metric.getKey());
            figures.put(metric.getKey(), FormRules.figure(form.getVariable(field), field, metric.getLabel()));
        }
        return new UnitReportContent(figures,
                FormRules.requiredText(form, RESULTS, "Kết quả thực hiện", TEXT_MAX),
                FormRules.optionalText(form, LIMITATIONS, "Hạn chế, khó khăn", TEXT_MAX),
                FormRules.optionalText(form, CAUSES, "Nguyên nhân", TEXT_MAX),
                FormRules.optionalText(form, PROPOSALS, "Kiến nghị, đề xuất", TEXT_MAX));
    }

    /** Task-local variables: the form's fields, and after a return what the unit sent before and why it came back. */
    static Map<String, Object> prefill(List<PlanMetric> metrics, UnitReport previous) {
        Map<String, Object> values = new HashMap<>();
        for (PlanMetric metric : metrics) {
            BigDecimal value = previous == null ? null : previous.getFigures().get(metric.getKey());
            values.put(fieldOf(metric.getKey()), value == null ? null : value.doubleValue());
        }
        values.put(RESULTS, previous == null ? null : previous.getResults());
        values.put(LIMITATIONS, previous == null ? null : previous.getLimitations());
        values.put(CAUSES, previous == null ? null : previous.getCauses());
        values.put(PROPOSALS, previous == null ? null : previous.getProposals());
        values.put(UnitReportFormSchema.PREVIOUS_RETURN_REASON, previous == null ? null : previous.getReturnReason());
        return values;
    }
}
