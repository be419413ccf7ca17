package vn.trienkhai.plantask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import java.util.HashMap;
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
import vn.trienkhai.ModelEngine;
import vn.trienkhai.tasklist.TaskSubjects;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plantask.PlanTaskLine.UnitRef;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * The plan-task model alone, on an in-memory engine: the expressions bean and the records are
 * mocked; the start listener, the task listener and the form rules are the real ones.
 */
@Deployment(resources = "processes/plan-task.bpmn")
class PlanTaskProcessTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long ROLLOUT_ID = 10L;
    static final long TASK_ID = 100L;
    static final Date LEAD_DUE = at(LocalDate.of(2026, 8, 31), 23, 59);
    static final Date COORDINATION_DUE = at(LocalDate.of(2026, 8, 24), 23, 59);
    static final Date REVIEW_DUE = at(LocalDate.of(2026, 9, 7), 23, 59);

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    PlanTaskExpressions expressions = mock(PlanTaskExpressions.class);
    PlanTaskRecords records = mock(PlanTaskRecords.class);
    /** The subject is the application's (tasklist); here a task keeps the words its listener chose. */
    TaskSubjects subjects = wordsOnly();
    PlanTaskCatalog catalog = mock(PlanTaskCatalog.class);
    RolloutDirectory directory = mock(RolloutDirectory.class);

    @BeforeEach
    void beans() {
        // The model tests share one JVM: camunda-bpm-assert keeps the engine of the first class it met.
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 8, 25), 9, 0));
        when(expressions.leadGroup(TASK_ID)).thenReturn("hp-bcs-ubnd");
        when(expressions.unitGroup(anyString())).thenAnswer(call -> "g-" + call.getArgument(0));
        when(expressions.reviewGroups(ROLLOUT_ID)).thenReturn("hp-ban-tuyen-giao");
        when(expressions.leadDue(ROLLOUT_ID, TASK_ID)).thenReturn(LEAD_DUE);
        when(expressions.coordinationDue(ROLLOUT_ID, TASK_ID)).thenReturn(COORDINATION_DUE);
        when(expressions.reviewDue()).thenReturn(REVIEW_DUE);
        when(expressions.coordinatorCodes(TASK_ID)).thenReturn(List.of());
        BEANS.put("planTasks", expressions);
        BEANS.put("planTaskListener", new PlanTaskListener(records, new PlanTaskFormRules(ZONE), engine.getIdentityService(), subjects));
        BEANS.put("planTaskStartListener", new PlanTaskStartListener(catalog, records,
                new PlanTaskDeadlines(new DeadlineCalculator(HolidayCalendar.loadDefault(), ZONE), 5), directory));
        Rollout rollout = mock(Rollout.class);
        Plan plan = mock(Plan.class);
        when(rollout.getRolloutDate()).thenReturn(LocalDate.of(2026, 5, 4));
        when(rollout.getPlan()).thenReturn(plan);
        when(plan.getEndDate()).thenReturn(LocalDate.of(2026, 12, 31));
        when(directory.rollout(ROLLOUT_ID)).thenReturn(rollout);
        task("{\"month\":\"2026-07\"}");
        when(records.idsOf(anyString())).thenReturn(Optional.of(new long[] {ROLLOUT_ID, TASK_ID}));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLeadUnitCarriesOutTheTaskByItsDeadlineAndTheLeadOfficeAcceptsTheResult() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(CARRY_OUT).task().hasCandidateGroup("hp-bcs-ubnd")
                .hasName("Thực hiện nhiệm vụ 1.2: Xây dựng Chương trình hành động");
        Task task = task(instance, CARRY_OUT);
        assertThat(task.getDueDate()).isEqualTo(LEAD_DUE);
        assertThat(engine.getTaskService().getVariable(task.getId(), TASK_DEADLINE)).isEqualTo("31/07/2026");
        assertThat(engine.getTaskService().getVariable(task.getId(), UNIT_CODE)).isEqualTo("HP-BCS-UBND");
        verify(records).opened(eq(ROLLOUT_ID), eq(TASK_ID), eq(instance.getId()),
                eq(at(LocalDate.of(2026, 7, 31), 23, 59, 59).toInstant()));

        engine.getTaskService().complete(task.getId(), done());
        verify(records).submitted(eq(ROLLOUT_ID), eq(TASK_ID), eq(new TaskResult("Đã ban hành chương trình",
                "15-CTr/TU", LocalDate.of(2026, 8, 20), null, LocalDate.of(2026, 8, 20))), any(), any());
        assertThat(instance).isWaitingAt(REVIEW).task().hasCandidateGroup("hp-ban-tuyen-giao")
                .hasName("Xem xét kết quả thực hiện nhiệm vụ 1.2: Xây dựng Chương trình hành động").hasDueDate(REVIEW_DUE);

        engine.getTaskService().complete(task(instance, REVIEW).getId(), Map.of(REVIEW_DECISION, APPROVE));
        verify(records).accepted(ROLLOUT_ID, TASK_ID);
        assertThat(instance).hasPassed(DONE_END_EVENT).isEnded();
    }

    @Test
    void progressIsSavedWithoutCompletingTheTask() {
        ProcessInstance instance = start();

        engine.getTaskService().complete(task(instance, CARRY_OUT).getId(),
                Map.of(TASK_STATE, IN_PROGRESS, PROGRESS_NOTE, "Đã xin ý kiến các ban"));

        verify(records).progressSaved(ROLLOUT_ID, TASK_ID, "Đã xin ý kiến các ban");
        verify(records, never()).submitted(anyLong(), anyLong(), any(), any(), any());
        assertThat(instance).isWaitingAt(CARRY_OUT).hasNotPassed(REVIEW);
        Task again = task(instance, CARRY_OUT);
        assertThat(again.getDueDate()).isEqualTo(LEAD_DUE);
        assertThat(engine.getTaskService().getVariable(again.getId(), PROGRESS_NOTE)).isEqualTo("Đã xin ý kiến các ban");
    }

    @Test
    void aReturnedResultShowsTheReasonToTheLeadWhoResubmits() {
        ProcessInstance instance = start();
        engine.getTaskService().complete(task(instance, CARRY_OUT).getId(), done());
        engine.getTaskService().complete(task(instance, REVIEW).getId(),
                Map.of(REVIEW_DECISION, RETURN, RETURN_REASON, "Thiếu số liệu của quý III"));

        verify(records).returned(ROLLOUT_ID, TASK_ID, "Thiếu số liệu của quý III");
        Task again = task(instance, CARRY_OUT);
        assertThat(engine.getTaskService().getVariable(again.getId(), RETURN_REASON)).isEqualTo("Thiếu số liệu của quý III");

        engine.getTaskService().complete(again.getId(), done());
        engine.getTaskService().complete(task(instance, REVIEW).getId(), Map.of(REVIEW_DECISION, APPROVE));
        assertThat(instance).isEnded();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CARRY_OUT).count()).isEqualTo(2);
        verify(records).accepted(ROLLOUT_ID, TASK_ID);
    }

    @Test
    void aReturnNeedsAReason() {
        ProcessInstance instance = start();
        engine.getTaskService().complete(task(instance, CARRY_OUT).getId(), done());
        String review = task(instance, REVIEW).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(review, Map.of(REVIEW_DECISION, RETURN)))
                .hasStackTraceContaining("Lý do trả lại");
        assertThat(instance).isWaitingAt(REVIEW);
    }

    @Test
    void aResultWithoutAnOutputIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start();
        String task = task(instance, CARRY_OUT).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of(TASK_STATE, DONE,
                RESULT_SUMMARY, "Đã làm", FINISHED_ON, "2026-08-20")))
                .hasStackTraceContaining("Sản phẩm: số, ký hiệu văn bản");
        assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of(TASK_STATE, DONE,
                RESULT_SUMMARY, "Đã làm", OUTPUT_REFERENCE, "https://vanban.example/15", FINISHED_ON, "2026-09-20")))
                .hasStackTraceContaining("Ngày hoàn thành");
        assertThat(instance).isWaitingAt(CARRY_OUT);
        verify(records, never()).submitted(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aCompletionThatRewritesTheTasksIdIsRefused() {
        ProcessInstance instance = start();
        String task = task(instance, CARRY_OUT).getId();
        Map<String, Object> tampered = new HashMap<>(done());
        tampered.put(PLAN_TASK_ID, 999L);

        assertThatThrownBy(() -> engine.getTaskService().complete(task, tampered)).hasStackTraceContaining("planTaskId");
        assertThat(instance).isWaitingAt(CARRY_OUT);
        verify(records, never()).submitted(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void coordinatingUnitsSendTheirPartBeforeTheLeadAndItShowsOnTheLeadsForm() {
        when(expressions.coordinatorCodes(TASK_ID)).thenReturn(List.of("HP-CA", "HP-SVHTT"));
        when(records.contributionLines(ROLLOUT_ID, TASK_ID)).thenReturn(List.of("Công an thành phố: đã gửi số liệu"));
        ProcessInstance instance = start();

        List<Task> coordinating = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(COORDINATE).orderByTaskCreateTime().asc().list();
        assertThat(coordinating).hasSize(2).allSatisfy(task -> {
            assertThat(task.getName()).isEqualTo("Phối hợp thực hiện nhiệm vụ 1.2: Xây dựng Chương trình hành động");
            assertThat(task.getDueDate()).isEqualTo(COORDINATION_DUE);
        });
        assertThat(engine.getTaskService().getIdentityLinksForTask(coordinating.get(0).getId()))
                .extracting(link -> link.getGroupId()).containsAnyOf("g-HP-CA", "g-HP-SVHTT");
        verify(records).contributionOpened(ROLLOUT_ID, TASK_ID, "HP-CA", COORDINATION_DUE.toInstant());
        verify(records).contributionOpened(ROLLOUT_ID, TASK_ID, "HP-SVHTT", COORDINATION_DUE.toInstant());

        Task police = coordinating.stream().filter(task -> engine.getTaskService().getIdentityLinksForTask(task.getId())
                .stream().anyMatch(link -> "g-HP-CA".equals(link.getGroupId()))).findFirst().orElseThrow();
        engine.getTaskService().complete(police.getId(), Map.of(CONTRIBUTION, "đã gửi số liệu"));

        verify(records).contributed(eq(ROLLOUT_ID), eq(TASK_ID), eq("HP-CA"), eq("đã gửi số liệu"), any(), any());
        assertThat(engine.getTaskService().getVariable(task(instance, CARRY_OUT).getId(), CONTRIBUTIONS))
                .isEqualTo("Công an thành phố: đã gửi số liệu");

        engine.getTaskService().complete(task(instance, CARRY_OUT).getId(), done());
        engine.getTaskService().complete(task(instance, REVIEW).getId(), Map.of(REVIEW_DECISION, APPROVE));
        assertThat(instance).isEnded();
    }

    @Test
    void aContinuousTaskReportsItsStateInEveryRoundAndIsClosedAtThePlansEnd() {
        task("\"continuous\"");
        when(expressions.continuous(TASK_ID)).thenReturn(true);
        Date firstRound = at(LocalDate.of(2026, 6, 14), 0, 0);
        Date secondRound = at(LocalDate.of(2026, 12, 14), 0, 0);
        when(expressions.roundOpens(eq(ROLLOUT_ID), any())).thenAnswer(call ->
                ((Number) call.getArgument(1)).intValue() == 1 ? firstRound : secondRound);
        when(expressions.roundDue(eq(ROLLOUT_ID), any())).thenReturn(at(LocalDate.of(2026, 6, 17), 23, 59));
        ProcessInstance instance = start(2);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), TASK_DEADLINE)).isEqualTo("Thường xuyên");
        verify(records).opened(ROLLOUT_ID, TASK_ID, instance.getId(), null);

        for (int round = 1; round <= 2; round++) {
            assertThat(instance).isWaitingAt(WAIT_FOR_ROUND);
            assertThat(job().getDuedate()).isEqualTo(round == 1 ? firstRound : secondRound);
            execute(job());
            assertThat(instance).isWaitingAt(REPORT_STATE).task().hasCandidateGroup("hp-bcs-ubnd")
                    .hasName("Báo cáo tình hình thực hiện nhiệm vụ thường xuyên 1.2 (kỳ " + round + ")");
            engine.getTaskService().complete(task(instance, REPORT_STATE).getId(),
                    Map.of(TASK_STATE_REPORT, "Duy trì giao ban hằng tháng (kỳ " + round + ")"));
            verify(records).stateReported(eq(ROLLOUT_ID), eq(TASK_ID), eq(round),
                    eq("Duy trì giao ban hằng tháng (kỳ " + round + ")"), any(), any());
        }

        assertThat(instance).isWaitingAt(CARRY_OUT);
        engine.getTaskService().complete(task(instance, CARRY_OUT).getId(), done());
        engine.getTaskService().complete(task(instance, REVIEW).getId(), Map.of(REVIEW_DECISION, APPROVE));
        assertThat(instance).hasPassed(REPORT_STATE).isEnded();
    }

    @Test
    void anExtensionOfTheLeadsTaskIsRecordedAndKeptWhenTheTaskIsReopened() {
        ProcessInstance instance = start();
        Task task = task(instance, CARRY_OUT);
        Date extended = at(LocalDate.of(2026, 9, 30), 23, 59);

        task.setDueDate(extended);
        engine.getTaskService().saveTask(task);

        verify(records).dueMoved(ROLLOUT_ID, TASK_ID, extended.toInstant());
        // the due date of a reopened task comes from the record, which the extension moved
        when(expressions.leadDue(ROLLOUT_ID, TASK_ID)).thenReturn(extended);
        engine.getTaskService().complete(task.getId(), Map.of(TASK_STATE, IN_PROGRESS, PROGRESS_NOTE, "Đang dự thảo"));
        assertThat(task(instance, CARRY_OUT).getDueDate()).isEqualTo(extended);
    }

    private ProcessInstance start() {
        return start(0);
    }

    private ProcessInstance start(int rounds) {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "KH-71", Map.of("planId", 1L,
                "rolloutId", ROLLOUT_ID, PLAN_TASK_ID, TASK_ID, ROUND_COUNT, rounds));
    }

    private void task(String deadline) {
        when(catalog.find(TASK_ID)).thenReturn(new PlanTaskLine(TASK_ID, 1L, "1.2", "Xây dựng Chương trình hành động",
                new UnitRef(5L, "HP-BCS-UBND", "Ban cán sự đảng Ủy ban nhân dân thành phố"), List.of(), deadline,
                "Chương trình hành động"));
    }

    private static Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static Map<String, Object> done() {
        return Map.of(TASK_STATE, DONE, RESULT_SUMMARY, "Đã ban hành chương trình", OUTPUT_NUMBER, "15-CTr/TU",
                OUTPUT_DATE, "2026-08-20", FINISHED_ON, "2026-08-20");
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(hour, minute).atZone(ZONE).toInstant());
    }

    private static Date at(LocalDate day, int hour, int minute, int second) {
        return Date.from(day.atTime(hour, minute, second).atZone(ZONE).toInstant());
    }

    private static TaskSubjects wordsOnly() {
        TaskSubjects subjects = mock(TaskSubjects.class);
        when(subjects.nameOf(any(), anyString(), any())).thenAnswer(call -> call.getArgument(1));
        return subjects;
    }
}
