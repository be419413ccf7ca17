package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.trienkhai.reporting.ReportingRoundProcess.SUBMIT_UNIT_REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.system.FormRefusedException;

/**
 * Issue 14: each plan's unit report form has exactly the plan's metrics. A plan with a metric no
 * plan had before gets a form for it, with no code change, and the figure reaches the consolidation.
 */
class PlanReportFormTests extends ReportingProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired FormService forms;
    @Autowired RepositoryService repository;
    @Autowired ReportForms reportForms;

    @Test
    void aPlanWithANewMetricGetsItsOwnFormAndTheFigureIsConsolidated() throws Exception {
        String key = "cameras" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Fixture fixture = plan(document -> {
            document.putArray("metrics").addObject().put("key", key).put("label", "Số camera giám sát lắp mới")
                    .put("unit", "camera");
        });
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());
        Task police = task(instance, SUBMIT_UNIT_REPORT, "rt-ca");

        JsonNode schema = schemaOf(police);
        assertThat(schema.findValuesAsText("key")).containsExactly("previousReturnReason", "figure_" + key,
                "results", "limitations", "causes", "proposals");
        JsonNode figure = field(schema, "figure_" + key);
        assertThat(figure.path("type").asText()).isEqualTo("number");
        assertThat(figure.path("label").asText()).isEqualTo("Số camera giám sát lắp mới (camera)");
        assertThat(figure.path("validate").path("required").asBoolean()).isTrue();
        assertThat(figure.path("validate").path("min").asInt()).isZero();
        assertThat(schema.toString()).doesNotContain("otherFigures", "figure_accidents", "metricKeys");

        BigDecimal total = BigDecimal.ZERO;
        int cameras = 4;
        for (String unit : new String[] {"RT-CA", "RT-KP1", "RT-TDP03"}) {
            submitForm(instance, unit, Map.of("figure_" + key, cameras, "results", "Đã lắp camera."));
            review(instance, unit, "accept", null);
            total = total.add(BigDecimal.valueOf(cameras++));
        }
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);

        assertThat(jdbc.queryForObject("select total from round_total where round_id = ? and metric_key = ?",
                BigDecimal.class, roundId(instance), key)).isEqualByComparingTo(total);
    }

    @Test
    void aFormWithAnotherPlansMetricOrWithoutTheNewOneIsRefused() throws Exception {
        Fixture fixture = plan(document -> document.putArray("metrics").addObject().put("key", "boats")
                .put("label", "Số thuyền đăng ký").put("unit", "chiếc"));
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());

        Throwable missing = catchThrowable(() -> submitForm(instance, "RT-CA", Map.of("results", "Đã làm.")));
        assertThat(missing).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("Chưa nhập số liệu \"Số thuyền đăng ký\"");
        Throwable foreign = catchThrowable(() -> submitForm(instance, "RT-CA",
                Map.of("figure_boats", 1, "figure_accidents", 2, "results", "Đã làm.")));
        assertThat(foreign).isInstanceOf(FormRefusedException.class).hasMessageContaining("«figure_accidents»");
        Throwable negative = catchThrowable(() -> submitForm(instance, "RT-CA",
                Map.of("figure_boats", -1, "results", "Đã làm.")));
        assertThat(negative).isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("Số liệu \"Số thuyền đăng ký\" không được là số âm");

        assertThat(reports.findByRoundId(roundId(instance))).isEmpty();
        assertThat(task(instance, SUBMIT_UNIT_REPORT, "rt-ca")).isNotNull();
    }

    @Test
    void startUpDeploysAMissingFormOnceAndLeavesAnUnchangedOneAlone() throws IOException {
        Fixture fixture = plan();
        String formId = ReportForms.formId(fixture.planId());
        repository.createDeploymentQuery().deploymentName(formId).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
        assertThat(repository.createDeploymentQuery().deploymentName(formId).count()).isZero();

        reportForms.run(null);
        reportForms.run(null);

        assertThat(repository.createDeploymentQuery().deploymentName(formId).count()).isOne();
    }

    private void submitForm(ProcessInstance instance, String unitCode, Map<String, Object> values) {
        String group = OrganisationUnit.groupIdFor(unitCode);
        Task task = task(instance, SUBMIT_UNIT_REPORT, group);
        identity.setAuthentication(group + ".canbo", List.of(group));
        try {
            forms.submitTaskForm(task.getId(), new HashMap<>(values));
        } finally {
            identity.clearAuthentication();
        }
    }

    private JsonNode schemaOf(Task task) throws IOException {
        try (var form = forms.getDeployedTaskForm(task.getId())) {
            return JSON.readTree(form);
        }
    }

    private static JsonNode field(JsonNode schema, String key) {
        for (JsonNode component : schema.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("No field " + key);
    }
}
