package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.system.FormRefusedException;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.tasklist.TaskSubjects;

/**
 * The unit-implementation model alone, on an in-memory engine: the expressions bean and the
 * progress records are mocked; the task listener, the form rules and the form refusal are the
 * real ones; the cascade calls a one-task stand-in for plan-rollout.
 */
@Deployment(resources = {"processes/unit-implementation.bpmn", "rollout/plan-rollout-stub.bpmn"})
class UnitImplementationModelTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long ROLLOUT_ID = 7L;
    static final String UNIT = "AQ-TDP01";
    static final Map<Stage, Date> DUE = Map.of(
            Stage.STUDY, at(LocalDate.of(2026, 1, 16)), Stage.DISSEMINATE, at(LocalDate.of(2026, 2, 3)),
            Stage.UNIT_PLAN, at(LocalDate.of(2026, 1, 26)), Stage.REVIEW, at(LocalDate.of(2026, 1, 9)),
            Stage.IMPLEMENT, at(LocalDate.of(2026, 6, 30)));

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    UnitTaskExpressions unitTasks = mock(UnitTaskExpressions.class);
    RolloutDirectory directory = mock(RolloutDirectory.class);
    ProgressRecords progress = mock(ProgressRecords.class);
    TaskSubjects subjects = mock(TaskSubjects.class);
    Rollout rollout = mock(Rollout.class);
    TaskService tasks = engine.getTaskService();

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(ZONE).toInstant()));
        when(unitTasks.unitGroup(anyString())).thenAnswer(call -> ((String) call.getArgument(0)).toLowerCase());
        when(unitTasks.leadGroups(ROLLOUT_ID)).thenReturn("aq-pktht");
        DUE.forEach((stage, due) -> when(unitTasks.due(ROLLOUT_ID, stage.name())).thenReturn(due));
        when(directory.rollout(ROLLOUT_ID)).thenReturn(rollout);
        when(subjects.unitName(UNIT)).thenReturn("Tổ dân phố số 1");
        BEANS.put("unitTasks", unitTasks);
        BEANS.put("unitTaskListener", new UnitTaskListener(directory, progress, new UnitFormRules(ZONE),
                engine.getIdentityService(), subjects));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApprovedUnitWalksEveryStepByItsDueDatesAndEachStepIsRecorded() {
        ProcessInstance unit = start();

        Task study = task(unit, STUDY);
        assertThat(study).hasCandidateGroup("aq-tdp01").hasDueDate(DUE.get(Stage.STUDY));
        verify(progress).opened(ROLLOUT_ID, UNIT, Stage.STUDY, DUE.get(Stage.STUDY).toInstant());
        tasks.complete(study.getId(), RolloutSteps.study());
        assertThat(task(unit, DISSEMINATE)).hasCandidateGroup("aq-tdp01").hasDueDate(DUE.get(Stage.DISSEMINATE));
        tasks.complete(task(unit, DISSEMINATE).getId(), RolloutSteps.disseminate());
        assertThat(task(unit, SUBMIT_UNIT_PLAN)).hasCandidateGroup("aq-tdp01").hasDueDate(DUE.get(Stage.UNIT_PLAN));
        tasks.complete(task(unit, SUBMIT_UNIT_PLAN).getId(), RolloutSteps.unitPlan());

        Task review = task(unit, REVIEW_UNIT_PLAN);
        assertThat(review).hasCandidateGroup("aq-pktht").hasDueDate(DUE.get(Stage.REVIEW));
        assertThat(tasks.getVariableLocal(review.getId(), UNIT_NAME)).isEqualTo("Tổ dân phố số 1");
        assertThat(tasks.getVariableLocal(review.getId(), UNIT_PLAN_DATE_TEXT)).isEqualTo("05/01/2026");
        tasks.complete(review.getId(), RolloutSteps.approve());

        assertThat(unit).hasPassed("CascadesGateway", "CascadeMergeGateway").hasNotPassed(CASCADE_ROLLOUT)
                .isWaitingAt(IMPLEMENT_PLAN);
        assertThat(task(unit, IMPLEMENT_PLAN)).hasCandidateGroup("aq-tdp01").hasDueDate(DUE.get(Stage.IMPLEMENT));
        tasks.complete(task(unit, IMPLEMENT_PLAN).getId(), RolloutSteps.implement());

        assertThat(unit).hasPassed(END_EVENT).isEnded();
        for (Stage stage : Stage.values()) {
            verify(progress).opened(ROLLOUT_ID, UNIT, stage, DUE.get(stage).toInstant());
            verify(progress).completed(eq(rollout), eq(UNIT), eq(stage), any());
        }
        verify(progress, never()).returned(any(), anyString());
    }

    @Test
    void aReturnedPlanComesBackWithTheReasonAndTheReasonIsGoneOnceApproved() {
        ProcessInstance unit = toReview();
        tasks.complete(task(unit, REVIEW_UNIT_PLAN).getId(), RolloutSteps.returnWith("Thiếu phân công nhiệm vụ cụ thể"));

        verify(progress).returned(rollout, UNIT);
        Task again = task(unit, SUBMIT_UNIT_PLAN);
        assertThat(tasks.getVariable(again.getId(), RETURN_REASON)).isEqualTo("Thiếu phân công nhiệm vụ cụ thể");
        tasks.complete(again.getId(), RolloutSteps.unitPlan());
        tasks.complete(task(unit, REVIEW_UNIT_PLAN).getId(), RolloutSteps.approve());

        assertThat(engine.getRuntimeService().getVariable(unit.getId(), RETURN_REASON)).isNull();
        assertThat(unit).isWaitingAt(IMPLEMENT_PLAN);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(unit.getId())
                .taskDefinitionKey(SUBMIT_UNIT_PLAN).count()).isEqualTo(2);
    }

    @Test
    void formsAreRecheckedOnTheServerAndTheTaskStaysOpen() {
        ProcessInstance unit = start();
        Task study = task(unit, STUDY);

        refused(study, with(RolloutSteps.study(), STUDY_HELD_ON, "2026-02-01"), "Ngày tổ chức học tập, quán triệt");
        refused(study, with(RolloutSteps.study(), STUDY_PARTICIPANTS, 0L), "Số người tham dự");
        refused(study, with(RolloutSteps.study(), STUDY_MINUTES_REF, " "), "Số, ký hiệu biên bản");
        refused(study, with(RolloutSteps.study(), STUDY_FORMAT, "KHAC"), "Hình thức");
        tasks.complete(study.getId(), RolloutSteps.study());

        Task disseminate = task(unit, DISSEMINATE);
        refused(disseminate, with(RolloutSteps.disseminate(), PEOPLE_REACHED, -1L), "Số lượt người được tuyên truyền");
        refused(disseminate, with(RolloutSteps.disseminate(), DISSEMINATION_SESSIONS, 2.5d), "Số buổi, đợt tuyên truyền");
        tasks.complete(disseminate.getId(), RolloutSteps.disseminate());

        Task submit = task(unit, SUBMIT_UNIT_PLAN);
        refused(submit, with(RolloutSteps.unitPlan(), UNIT_PLAN_NUMBER, "x".repeat(61)), "Số, ký hiệu kế hoạch");
        tasks.complete(submit.getId(), RolloutSteps.unitPlan());

        Task review = task(unit, REVIEW_UNIT_PLAN);
        refused(review, Map.of(REVIEW_DECISION, RETURN), "Lý do trả lại");
        refused(review, Map.of(REVIEW_DECISION, "MAYBE"), "Kết quả thẩm định");
        tasks.complete(review.getId(), RolloutSteps.approve());

        Task implement = task(unit, IMPLEMENT_PLAN);
        refused(implement, with(RolloutSteps.implement(), IMPLEMENTATION_SUMMARY, ""), "Kết quả triển khai thực hiện");
        verify(progress, never()).completed(any(), anyString(), eq(Stage.IMPLEMENT), any());
    }

    @Test
    void aCascadingUnitRollsOutToItsSubUnitsBesideItsOwnImplementationAndEndsWhenBothAreDone() {
        when(unitTasks.cascades(ROLLOUT_ID, UNIT)).thenReturn(true);
        ProcessInstance unit = toReview();
        tasks.complete(task(unit, REVIEW_UNIT_PLAN).getId(), RolloutSteps.approve());

        assertThat(unit).isWaitingAt(CASCADE_ROLLOUT, IMPLEMENT_PLAN);
        Job cascade = engine.getManagementService().createJobQuery().activityId(CASCADE_ROLLOUT).singleResult();
        engine.getManagementService().executeJob(cascade.getId());
        ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(unit.getId())
                .singleResult();
        assertThat(child.getProcessDefinitionId()).startsWith(PlanRolloutProcess.KEY + ":");
        assertThat(child.getBusinessKey()).isEqualTo("KH-08");
        assertThat(child.getRootProcessInstanceId()).isEqualTo(unit.getRootProcessInstanceId());
        assertThat(engine.getRuntimeService().getVariables(child.getId())).containsEntry("planId", 3L)
                .containsEntry("parentRolloutId", ROLLOUT_ID).containsEntry("cascadingUnitCode", UNIT);

        tasks.complete(task(unit, IMPLEMENT_PLAN).getId(), RolloutSteps.implement());
        assertThat(unit).as("the unit waits for its sub-units").isWaitingAt(CASCADE_ROLLOUT);
        tasks.complete(tasks.createTaskQuery().processInstanceId(child.getId()).singleResult().getId());

        assertThat(unit).hasPassed(CASCADE_ROLLOUT, "CascadeMergeGateway").isEnded();
    }

    @Test
    void anExtendedDueDateMovesTheUnitsRecord() {
        ProcessInstance unit = start();
        Task study = task(unit, STUDY);
        Date extended = at(LocalDate.of(2026, 1, 30));

        study.setDueDate(extended);
        tasks.saveTask(study);

        verify(progress).dueMoved(ROLLOUT_ID, UNIT, Stage.STUDY, extended.toInstant());
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "KH-08",
                Map.of("planId", 3L, PlanRolloutProcess.ROLLOUT_ID, ROLLOUT_ID, UNIT_CODE, UNIT));
    }

    private ProcessInstance toReview() {
        ProcessInstance unit = start();
        tasks.complete(task(unit, STUDY).getId(), RolloutSteps.study());
        tasks.complete(task(unit, DISSEMINATE).getId(), RolloutSteps.disseminate());
        tasks.complete(task(unit, SUBMIT_UNIT_PLAN).getId(), RolloutSteps.unitPlan());
        return unit;
    }

    private void refused(Task task, Map<String, Object> variables, String field) {
        assertThatThrownBy(() -> tasks.complete(task.getId(), variables))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("«" + field + "»");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> variables = new HashMap<>(base);
        variables.put(name, value);
        return variables;
    }

    private static Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
    }
}
