package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plan.PlanMetric;

class UnitReportFormSchemaTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneRequiredNumberFieldPerMetricLabelledWithItsUnitThenTheFourTexts() throws Exception {
        JsonNode form = JSON.readTree(UnitReportFormSchema.of("reporting-unit-report-plan-7", List.of(
                new PlanMetric("accidents", "Số vụ tai nạn giao thông", "vụ"),
                new PlanMetric("chot_kiem_tra", "Số chốt kiểm tra đã lập", "chốt"))));

        assertThat(form.path("id").asText()).isEqualTo("reporting-unit-report-plan-7");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(keys(form)).containsExactly("previousReturnReason", "figure_accidents", "figure_chot_kiem_tra",
                "results", "limitations", "causes", "proposals");
        JsonNode checkpoints = field(form, "figure_chot_kiem_tra");
        assertThat(checkpoints.path("type").asText()).isEqualTo("number");
        assertThat(checkpoints.path("label").asText()).isEqualTo("Số chốt kiểm tra đã lập (chốt)");
        assertThat(checkpoints.path("decimalDigits").asInt()).isEqualTo(2);
        assertThat(checkpoints.path("validate").path("required").asBoolean()).isTrue();
        assertThat(checkpoints.path("validate").path("min").isNumber()).isTrue();
        assertThat(checkpoints.path("validate").path("min").asInt()).isZero();
        assertThat(checkpoints.path("validate").path("max").asLong()).isEqualTo(9_999_999_999_999_999L);
        assertThat(field(form, "results").path("validate").path("required").asBoolean()).isTrue();
        assertThat(field(form, "proposals").path("validate").path("required").asBoolean()).isFalse();
        assertThat(field(form, "proposals").path("validate").path("maxLength").asInt()).isEqualTo(4000);
        JsonNode reason = field(form, "previousReturnReason");
        assertThat(reason.path("disabled").asBoolean()).isTrue();
        assertThat(reason.path("conditional").path("hide").asText()).startsWith("=previousReturnReason = null");
    }

    @Test
    void nothingOfOtherPlansAndNoCodeEqualsNumberArea() throws Exception {
        String text = UnitReportFormSchema.of("f", List.of(new PlanMetric("boats", "Số thuyền", "chiếc")));

        assertThat(keys(JSON.readTree(text))).filteredOn(key -> key.startsWith("figure_")).containsExactly("figure_boats");
        assertThat(text).doesNotContain("otherFigures", "otherMetricsHint", "metricKeys", "figure_accidents");
    }

    @Test
    void aPlanWithoutMetricsStillAsksForTheTextsAndIdsAreUnique() throws Exception {
        JsonNode form = JSON.readTree(UnitReportFormSchema.of("f", List.of()));

        assertThat(keys(form)).containsExactly("previousReturnReason", "results", "limitations", "causes", "proposals");
        List<String> ids = new ArrayList<>();
        form.path("components").forEach(component -> ids.add(component.path("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
    }

    @Test
    void aMetricWithoutAUnitKeepsItsLabel() {
        assertThat(UnitReportFormSchema.labelOf(new PlanMetric("x", "Số hộ gia đình", " "))).isEqualTo("Số hộ gia đình");
    }

    private static List<String> keys(JsonNode form) {
        return form.findValuesAsText("key");
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("No field " + key);
    }
}
