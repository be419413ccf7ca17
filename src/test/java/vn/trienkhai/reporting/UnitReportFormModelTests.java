package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.plan.PlanMetric;

/**
 * The reporting-round model alone, on an in-memory engine: the unit report task shows the form of
 * its round's plan, found through {@code camunda:formRef="${reportingRound.unitReportForm(execution)}"}.
 * The expressions bean is mocked; the forms are the generated ones.
 */
@Deployment(resources = "processes/reporting-round.bpmn")
class UnitReportFormModelTests {

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();
    static final List<String> FORMS = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    ReportingRoundExpressions expressions = mock(ReportingRoundExpressions.class);

    @BeforeEach
    void beans() {
        when(expressions.unitCodes(any())).thenReturn(List.of("U1"));
        when(expressions.unitGroup("U1")).thenReturn("g-u1");
        when(expressions.submissionDue(any())).thenReturn(new Date(System.currentTimeMillis() + 86_400_000L));
        when(expressions.consolidationDue(any())).thenReturn(new Date(System.currentTimeMillis() + 2 * 86_400_000L));
        when(expressions.unitReportForm(any())).thenAnswer(call -> ReportForms.formId(
                ((Number) ((VariableScope) call.getArgument(0)).getVariable(ReportingRoundProcess.PLAN_ID)).longValue()));
        BEANS.put("reportingRound", expressions);
        BEANS.put("openRoundDelegate", (JavaDelegate) execution -> execution.setVariable(ReportingRoundProcess.ROUND_ID, 1L));
        BEANS.put("submitUnitReportListener", (TaskListener) task -> { });
        BEANS.put("reviewUnitReportListener", (TaskListener) task -> { });
    }

    @Test
    void eachRoundsUnitReportTaskShowsItsOwnPlansForm() throws IOException {
        deployForm(1L, List.of(new PlanMetric("accidents", "Số vụ tai nạn giao thông", "vụ")));
        deployForm(2L, List.of(new PlanMetric("boats", "Số thuyền đăng ký", "chiếc"),
                new PlanMetric("checks", "Số lần kiểm tra", "lần")));

        Task first = unitReportTask(start(1L));
        Task second = unitReportTask(start(2L));

        assertThat(keysOf(first)).containsExactly("previousReturnReason", "figure_accidents",
                "results", "limitations", "causes", "proposals");
        assertThat(keysOf(second)).containsExactly("previousReturnReason", "figure_boats", "figure_checks",
                "results", "limitations", "causes", "proposals");
        Task withKey = engine.getTaskService().createTaskQuery().taskId(second.getId()).initializeFormKeys().singleResult();
        assertThat(withKey.getCamundaFormRef().getKey()).isEqualTo("reporting-unit-report-plan-2");
        assertThat(withKey.getCamundaFormRef().getBinding()).isEqualTo("latest");
    }

    @Test
    void aNewVersionOfAPlansFormIsTheOneShown() throws IOException {
        deployForm(3L, List.of(new PlanMetric("a", "Chỉ tiêu A", "lần")));
        deployForm(3L, List.of(new PlanMetric("a", "Chỉ tiêu A", "lần"), new PlanMetric("b", "Chỉ tiêu B", "lần")));

        assertThat(keysOf(unitReportTask(start(3L)))).contains("figure_a", "figure_b");
    }

    /** The forms are deployed beside the extension's deployment: removed here, the models' engine is shared. */
    @AfterEach
    void removeForms() {
        FORMS.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        FORMS.clear();
    }

    private static void deployForm(long planId, List<PlanMetric> metrics) {
        String formId = ReportForms.formId(planId);
        FORMS.add(engine.getRepositoryService().createDeployment().name(formId)
                .addString(formId + ".form", UnitReportFormSchema.of(formId, metrics)).deploy().getId());
    }

    private static ProcessInstance start(long planId) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ReportingRoundProcess.KEY,
                Map.of(ReportingRoundProcess.PLAN_ID, planId, ReportingRoundProcess.ROLLOUT_ID, 10L,
                        ReportingRoundProcess.ROUND_SEQUENCE, 1));
        Job collect = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(ReportingRoundProcess.UNIT_REPORTS + "#multiInstanceBody").singleResult();
        engine.getManagementService().executeJob(collect.getId());
        return instance;
    }

    private static Task unitReportTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ReportingRoundProcess.SUBMIT_UNIT_REPORT).singleResult();
    }

    private static List<String> keysOf(Task task) throws IOException {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            JsonNode schema = new ObjectMapper().readTree(form);
            return schema.findValuesAsText("key");
        }
    }
}
