package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.CAUSES;
import static vn.trienkhai.reporting.ReportingRoundProcess.LIMITATIONS;
import static vn.trienkhai.reporting.ReportingRoundProcess.PROPOSALS;
import static vn.trienkhai.reporting.ReportingRoundProcess.RESULTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.trienkhai.plan.PlanMetric;

/**
 * The Camunda Form (form-js schema) of a plan's unit report: one required number field
 * {@code figure_<key>} per metric of the plan, labelled "label (unit)", not negative, two decimals,
 * and the four texts. Camunda Forms are static, so each plan gets its own form ({@link ReportForms}).
 */
final class UnitReportFormSchema {

    static final String PREVIOUS_RETURN_REASON = "previousReturnReason";
    /** numeric(18, 2) as the form can say it; {@link FormRules#figure} checks the decimals. */
    static final String MAX_FIGURE = "9999999999999999";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String INTRO = "## Báo cáo định kỳ của đơn vị\n\nNhập số liệu **của riêng đơn vị** trong kỳ"
            + " (đến ngày chốt số liệu). Số liệu của các đơn vị cấp dưới (nếu đơn vị triển khai tiếp) được hệ thống"
            + " cộng tự động.";

    private UnitReportFormSchema() {
    }

    static String of(String formId, List<PlanMetric> metrics) {
        ObjectNode form = JSON.createObjectNode();
        ArrayNode components = form.putArray("components");
        components.addObject().put("type", "text").put("text", INTRO).put("id", "Field_intro");
        ObjectNode reason = components.addObject().put("type", "textarea").put("key", PREVIOUS_RETURN_REASON)
                .put("label", "Lý do cơ quan chủ trì trả lại báo cáo").put("disabled", true);
        reason.putObject("conditional").put("hide",
                "=" + PREVIOUS_RETURN_REASON + " = null or " + PREVIOUS_RETURN_REASON + " = \"\"");
        reason.put("id", "Field_" + PREVIOUS_RETURN_REASON);
        for (PlanMetric metric : metrics) {
            ObjectNode field = components.addObject();
            field.put("type", "number").put("key", UnitReportForm.fieldOf(metric.getKey()))
                    .put("label", labelOf(metric)).put("decimalDigits", 2);
            field.putObject("validate").put("required", true).put("min", 0)
                    .put("max", Long.parseLong(MAX_FIGURE));
            field.put("id", "Field_" + UnitReportForm.fieldOf(metric.getKey()));
        }
        textArea(components, RESULTS, "Kết quả thực hiện", true);
        textArea(components, LIMITATIONS, "Hạn chế, khó khăn", false);
        textArea(components, CAUSES, "Nguyên nhân (khách quan, chủ quan)", false);
        textArea(components, PROPOSALS, "Kiến nghị, đề xuất", false);
        form.put("type", "default").put("id", formId)
                .put("executionPlatform", "Camunda Platform").put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "trienkhai").put("version", "1.0");
        form.put("schemaVersion", 12);
        try {
            return JSON.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report form " + formId, e);
        }
    }

    /** "Số vụ tai nạn giao thông (vụ)": the plan's label and unit. */
    static String labelOf(PlanMetric metric) {
        String unit = metric.getUnit() == null ? "" : metric.getUnit().strip();
        return unit.isEmpty() ? metric.getLabel() : metric.getLabel() + " (" + unit + ")";
    }

    private static void textArea(ArrayNode components, String key, String label, boolean required) {
        ObjectNode field = components.addObject();
        field.put("type", "textarea").put("key", key).put("label", label);
        ObjectNode validate = field.putObject("validate");
        if (required) {
            validate.put("required", true);
        }
        validate.put("maxLength", UnitReportForm.TEXT_MAX);
        field.put("id", "Field_" + key);
    }
}
