package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.rollout.UnitImplementationProcess.DISSEMINATE;
import static vn.trienkhai.rollout.UnitImplementationProcess.KEY;
import static vn.trienkhai.rollout.UnitImplementationProcess.STUDY;
import static vn.trienkhai.rollout.UnitImplementationProcess.UNIT_CODE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.UnitTaskExpressions;

/**
 * The escalation ladder on a model alone: unit-implementation on an in-memory engine with the
 * application's TaskTimerPlugin (the model's {@code trienkhai.escalation=ladder} tasks), the ladder's
 * days on the real holiday calendar with the default settings, the notifier a mock. Its own engine:
 * on the shared one the ladder's timers would join every other model's jobs. What the notifier
 * writes and mails is checked by TaskLadderTests on the application.
 */
@Deployment(resources = {"processes/unit-implementation.bpmn", "rollout/plan-rollout-stub.bpmn"})
class LadderModelTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long ROLLOUT_ID = 7L;
    /** Friday 16 January 2026, end of day; the dissemination's Tuesday 3 February. */
    static final Date STUDY_DUE = endOf(LocalDate.of(2026, 1, 16));
    static final Date DISSEMINATION_DUE = endOf(LocalDate.of(2026, 2, 3));

    static final EscalationNotifier NOTIFIER = mock(EscalationNotifier.class);
    static final Map<Object, Object> BEANS = new HashMap<>();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.build("models-with-ladder", BEANS, new TaskTimerPlugin(
            new StaticListableBeanFactory(Map.of("escalationNotifier", NOTIFIER)).getBeanProvider(EscalationNotifier.class)));

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension(engine);

    final UnitTaskExpressions unitTasks = mock(UnitTaskExpressions.class);
    final TaskScopes scopes = mock(TaskScopes.class);
    final ManagementService management = engine.getManagementService();

    @BeforeEach
    void beans() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(ZONE).toInstant()));
        clearInvocations(NOTIFIER);
        when(unitTasks.unitGroup(anyString())).thenAnswer(call -> ((String) call.getArgument(0)).toLowerCase());
        when(unitTasks.due(ROLLOUT_ID, "STUDY")).thenReturn(STUDY_DUE);
        when(unitTasks.due(ROLLOUT_ID, "DISSEMINATE")).thenReturn(DISSEMINATION_DUE);
        when(scopes.settings(any())).thenReturn(LadderSettings.DEFAULTS);
        BEANS.put("unitTasks", unitTasks);
        BEANS.put("unitTaskListener", (TaskListener) task -> { });
        BEANS.put(TaskTimerParseListener.TIMER_BEAN, new TaskTimers(scopes,
                new EscalationLadder(HolidayCalendar.loadDefault(), ZONE, LocalTime.of(8, 0)),
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTasksLadderIsOneTimerAtATimeOnWorkingDaysAndEachStepNotifiesThenArmsTheNext() {
        ProcessInstance unit = start();
        Task study = task(unit, STUDY);
        assertThat(study.getDueDate()).isEqualTo(STUDY_DUE);

        // three working days before the due day; then the day after it; two, then five working days
        // later; a week after that, again every week (R/.../P7D)
        Map<EscalationLevel, Date> expected = Map.of(
                EscalationLevel.REMINDER, at(LocalDate.of(2026, 1, 13)),
                EscalationLevel.UNIT_HEAD, at(LocalDate.of(2026, 1, 19)),
                EscalationLevel.LEAD_OFFICE, at(LocalDate.of(2026, 1, 21)),
                EscalationLevel.LEADERSHIP, at(LocalDate.of(2026, 1, 28)),
                EscalationLevel.REPEAT, at(LocalDate.of(2026, 2, 4)));
        for (EscalationLevel level : EscalationLevel.values()) {
            JobEntity timer = onlyTimer(unit);
            assertThat(timer.getJobHandlerConfigurationRaw()).endsWith(STUDY + "$taskListener~" + level.listenerId());
            assertThat(timer.getDuedate()).as(level.name()).isEqualTo(expected.get(level));
            assertThat(management.createJobQuery().processInstanceId(unit.getId()).executable().count())
                    .as("not due before its day").isZero();
            verify(NOTIFIER, never()).notify(any(), eq(level));

            ClockUtil.setCurrentTime(timer.getDuedate());
            management.executeJob(timer.getId());

            verify(NOTIFIER).notify(argThat(task -> task.getId().equals(study.getId())), eq(level));
        }
        JobEntity repeat = onlyTimer(unit);
        assertThat(repeat.getJobHandlerConfigurationRaw()).endsWith(EscalationLevel.REPEAT.listenerId());
        assertThat(repeat.getDuedate()).as("a week later").isEqualTo(at(LocalDate.of(2026, 2, 11)));
    }

    @Test
    void completingATaskDeletesItsLadderAndTheNextTaskStartsItsOwn() {
        ProcessInstance unit = start();
        String reminder = onlyTimer(unit).getId();

        engine.getTaskService().complete(task(unit, STUDY).getId());

        assertThat(management.createJobQuery().jobId(reminder).count()).isZero();
        JobEntity next = onlyTimer(unit);
        assertThat(next.getJobHandlerConfigurationRaw()).endsWith(DISSEMINATE + "$taskListener~trienkhai-reminder");
        // Thursday 29 January: three working days before Tuesday 3 February
        assertThat(next.getDuedate()).isEqualTo(at(LocalDate.of(2026, 1, 29)));
        verify(NOTIFIER, never()).notify(any(), any());
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "KH-08",
                Map.of("planId", 3L, PlanRolloutProcess.ROLLOUT_ID, ROLLOUT_ID, UNIT_CODE, "AQ-TDP01"));
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private JobEntity onlyTimer(ProcessInstance instance) {
        List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list();
        assertThat(timers).hasSize(1);
        return (JobEntity) timers.get(0);
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(8, 0).atZone(ZONE).toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
    }
}
