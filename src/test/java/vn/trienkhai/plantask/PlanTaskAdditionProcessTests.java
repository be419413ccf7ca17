package vn.trienkhai.plantask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.plantask.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.deadline.ReportingRound;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanTaskAppender;
import vn.trienkhai.plantask.PlanTaskLine.UnitRef;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;
import vn.trienkhai.rollout.RolloutRounds;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.system.FormRefusedException;
import vn.trienkhai.tasklist.TaskSubjects;

/**
 * plan-task-addition with the real plan-task on an in-memory engine: the start listener is the real
 * one (its form reader, the plan's appender and the rounds mocked), so is plan-task's.
 */
@Deployment(resources = {"processes/plan-task-addition.bpmn", "processes/plan-task.bpmn"})
class PlanTaskAdditionProcessTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long PLAN_ID = 7L;
    static final long ROLLOUT_ID = 10L;
    static final long TASK_ID = 101L;
    static final Date LEAD_DUE = at(LocalDate.of(2026, 11, 30), 23, 59);

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    PlanTaskAdditionForm form = mock(PlanTaskAdditionForm.class);
    PlanTaskAppender appender = mock(PlanTaskAppender.class);
    RolloutRounds rounds = mock(RolloutRounds.class);
    AccessProvisioning access = mock(AccessProvisioning.class);
    PlanTaskExpressions expressions = mock(PlanTaskExpressions.class);
    PlanTaskRecords records = mock(PlanTaskRecords.class);
    /** The subject is the application's (tasklist); here a task keeps the words its listener chose. */
    TaskSubjects subjects = wordsOnly();
    PlanTaskCatalog catalog = mock(PlanTaskCatalog.class);
    RolloutDirectory directory = mock(RolloutDirectory.class);
    Rollout rollout = mock(Rollout.class);
    OrganisationUnit lead = unit("HP-BTG", "hp-btg");
    OrganisationUnit helper = unit("HP-DTN", "hp-dtn");

    @BeforeEach
    void beans() {
        // The model tests share one JVM: camunda-bpm-assert keeps the engine of the first class it met.
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 11, 2), 9, 0));
        Plan plan = mock(Plan.class);
        when(plan.getId()).thenReturn(PLAN_ID);
        when(plan.getEndDate()).thenReturn(LocalDate.of(2027, 12, 31));
        when(rollout.getId()).thenReturn(ROLLOUT_ID);
        when(rollout.getPlan()).thenReturn(plan);
        when(rollout.getRolloutDate()).thenReturn(LocalDate.of(2026, 7, 1));
        when(directory.rollout(ROLLOUT_ID)).thenReturn(rollout);
        ReportingRound round = mock(ReportingRound.class);
        when(rounds.of(rollout)).thenReturn(List.of(round, round, round));
        when(rounds.opensAt(eq(rollout), any(Integer.class))).thenAnswer(call -> at(
                LocalDate.of(2026, 6, 14).plusMonths(6L * ((Integer) call.getArgument(1) - 1)), 0, 0));
        when(appender.append(anyLong(), anyString(), any(), any(), any(), any())).thenReturn(TASK_ID);
        when(expressions.leadGroup(TASK_ID)).thenReturn("hp-btg");
        when(expressions.unitGroup(anyString())).thenAnswer(call -> call.getArgument(0, String.class).toLowerCase());
        when(expressions.coordinatorCodes(TASK_ID)).thenReturn(List.of("HP-DTN"));
        when(expressions.leadDue(ROLLOUT_ID, TASK_ID)).thenReturn(LEAD_DUE);
        when(expressions.coordinationDue(ROLLOUT_ID, TASK_ID)).thenReturn(at(LocalDate.of(2026, 11, 23), 23, 59));
        when(expressions.reviewGroups(ROLLOUT_ID)).thenReturn("hp-btg");
        when(expressions.reviewDue()).thenReturn(at(LocalDate.of(2026, 11, 30), 23, 59));
        when(records.idsOf(anyString())).thenReturn(Optional.of(new long[] {ROLLOUT_ID, TASK_ID}));
        BEANS.put("planTaskAdditionListener", new PlanTaskAdditionListener(form, appender, rounds, access,
                engine.getIdentityService()));
        BEANS.put("planTasks", expressions);
        BEANS.put("planTaskListener", new PlanTaskListener(records, new PlanTaskFormRules(ZONE), engine.getIdentityService(), subjects));
        BEANS.put("planTaskStartListener", new PlanTaskStartListener(catalog, records,
                new PlanTaskDeadlines(new DeadlineCalculator(HolidayCalendar.loadDefault(), ZONE), 5), directory));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAddedTaskIsAppendedToThePlanAndRunsAsEveryPlanTask() {
        DeadlineSpec november = new DeadlineSpec.EndOfMonth(java.time.YearMonth.of(2026, 11));
        added(november, "{\"month\":\"2026-11\"}");

        ProcessInstance addition = start();

        verify(appender).append(PLAN_ID, "Tổ chức tọa đàm về văn hóa giao thông", lead, List.of(helper), november,
                "Tọa đàm");
        verify(access).grantReadProcessDefinition(List.of("hp-btg", "hp-dtn"), KEY);
        assertThat(addition).isWaitingAt(PlanTaskAdditionProcess.CALL_PLAN_TASK);
        assertThat(addition.getBusinessKey()).isEqualTo("plan-" + PLAN_ID);
        ProcessInstance planTask = called(addition);
        assertThat(planTask.getBusinessKey()).isEqualTo("plan-" + PLAN_ID);
        assertThat(planTask).isWaitingAt(CARRY_OUT, COORDINATE);
        Task carryOut = task(planTask, CARRY_OUT);
        assertThat(carryOut.getName()).isEqualTo("Thực hiện nhiệm vụ III.4: Tổ chức tọa đàm về văn hóa giao thông");
        assertThat(carryOut.getDueDate()).isEqualTo(LEAD_DUE);
        assertThat(engine.getTaskService().getVariable(carryOut.getId(), TASK_DEADLINE)).isEqualTo("30/11/2026");
        verify(records).opened(eq(ROLLOUT_ID), eq(TASK_ID), eq(planTask.getId()), any());

        engine.getTaskService().complete(carryOut.getId(), Map.of(TASK_STATE, DONE, RESULT_SUMMARY, "Đã tổ chức",
                OUTPUT_REFERENCE, "https://vanban.example/toa-dam", FINISHED_ON, "2026-11-02"));
        engine.getTaskService().complete(task(planTask, REVIEW).getId(), Map.of(REVIEW_DECISION, APPROVE));

        verify(records).accepted(ROLLOUT_ID, TASK_ID);
        assertThat(planTask).isEnded();
        assertThat(addition).hasPassed(PlanTaskAdditionProcess.END_EVENT).isEnded();
    }

    @Test
    void aContinuousTaskAddedMidwayReportsFromTheRoundStillAhead() {
        added(new DeadlineSpec.Continuous(), "\"continuous\"");
        when(expressions.continuous(TASK_ID)).thenReturn(true);
        when(expressions.roundOpens(eq(ROLLOUT_ID), any())).thenAnswer(call -> at(
                LocalDate.of(2026, 6, 14).plusMonths(6L * (((Number) call.getArgument(1)).intValue() - 1)), 0, 0));

        ProcessInstance planTask = called(start());

        assertThat(planTask).isWaitingAt(WAIT_FOR_ROUND);
        assertThat(engine.getRuntimeService().getVariable(planTask.getId(), TASK_ROUND)).isEqualTo(2);
        assertThat(engine.getRuntimeService().getVariable(planTask.getId(), ROUND_COUNT)).isEqualTo(3);
    }

    @Test
    void aRefusedFormStoresNothingAndStartsNothing() {
        when(form.read(any(), any())).thenThrow(new FormRefusedException("Thời hạn",
                "Trường «Thời hạn»: không đọc được thời hạn «sớm»"));

        assertThatThrownBy(this::start).hasMessageContaining("Trường «Thời hạn»");

        verify(appender, never()).append(anyLong(), anyString(), any(), any(), any(), any());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    private void added(DeadlineSpec deadline, String stored) {
        when(form.read(any(), any())).thenReturn(new PlanTaskAddition(rollout, "Tổ chức tọa đàm về văn hóa giao thông",
                lead, List.of(helper), deadline, "Tọa đàm"));
        when(catalog.find(TASK_ID)).thenReturn(new PlanTaskLine(TASK_ID, PLAN_ID, "III.4",
                "Tổ chức tọa đàm về văn hóa giao thông", new UnitRef(1L, "HP-BTG", "Ban Tuyên giáo Thành ủy"),
                List.of(new UnitRef(2L, "HP-DTN", "Thành đoàn")), stored, "Tọa đàm"));
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(PlanTaskAdditionProcess.KEY,
                Map.of(PlanTaskAdditionProcess.PLAN_NUMBER, "KH 23-CT/TW"));
    }

    private static ProcessInstance called(ProcessInstance addition) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(addition.getId())
                .singleResult();
    }

    private static Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static OrganisationUnit unit(String code, String group) {
        OrganisationUnit unit = mock(OrganisationUnit.class);
        when(unit.getCode()).thenReturn(code);
        when(unit.getCamundaGroupId()).thenReturn(group);
        return unit;
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(hour, minute).atZone(ZONE).toInstant());
    }

    private static TaskSubjects wordsOnly() {
        TaskSubjects subjects = mock(TaskSubjects.class);
        when(subjects.nameOf(any(), anyString(), any())).thenAnswer(call -> call.getArgument(1));
        return subjects;
    }
}
