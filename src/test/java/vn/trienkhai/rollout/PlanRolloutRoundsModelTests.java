package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.rollout.PlanRolloutProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.deadline.ReportingCalendar;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plantask.PlanTaskExpressions;
import vn.trienkhai.tasklist.TaskSubjects;

/**
 * The plan-rollout model with the real unit-implementation, on an in-memory engine: the rounds'
 * dates come from the real reporting calendar for the small test plan, the units' groups are
 * looked up in the engine's own identity service as in the application; the rollout's records,
 * the plan tasks (a one-task stand-in) and the reporting round (a stand-in that ends at once) are not the real ones.
 */
@Deployment(resources = {"processes/plan-rollout.bpmn", "processes/unit-implementation.bpmn",
        "rollout/plan-task-stub.bpmn", "rollout/reporting-round-tagged-stub.bpmn"})
class PlanRolloutRoundsModelTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long ROLLOUT = 7L;
    static final List<String> UNITS = List.of("AQ-TDP01", "AQ-TDP02", "AQ-TDP03");

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.loadDefault(), ZONE);
    final Rollout rollout = Rollout.top(RolloutDatesTests.smallPlan(), LocalDate.of(2026, 1, 5), Instant.EPOCH, "test");
    final RolloutDirectory directory = mock(RolloutDirectory.class);
    final RolloutService service = mock(RolloutService.class);
    final UnitTaskExpressions unitTasks = spy(new UnitTaskExpressions(directory, new RolloutSchedules(directory),
            mock(UnitDeadlines.class), mock(UnitRepository.class)));
    final PlanTaskExpressions planTasks = mock(PlanTaskExpressions.class);
    final ManagementService management = engine.getManagementService();
    final IdentityService identity = engine.getIdentityService();

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(ZONE).toInstant()));
        when(directory.rollout(ROLLOUT)).thenReturn(rollout);
        when(directory.participantCodesOf(rollout)).thenReturn(UNITS);
        when(directory.leadGroupsOf(rollout)).thenReturn(List.of("aq-pktht"));
        doReturn(null).when(unitTasks).due(anyLong(), anyString());
        doReturn(false).when(unitTasks).cascades(anyLong(), anyString());
        when(planTasks.taskIds(ROLLOUT)).thenReturn(List.of(101L));
        when(planTasks.leadGroup(101L)).thenReturn("aq-ca");
        UNITS.forEach(code -> group(code.toLowerCase()));
        BEANS.put("planRollout", new PlanRolloutExpressions(directory,
                new RolloutRounds(new ReportingCalendar(calculator), calculator), service));
        BEANS.put("unitTasks", unitTasks);
        BEANS.put("planTasks", planTasks);
        BEANS.put("unitTaskListener", new UnitTaskListener(directory, mock(ProgressRecords.class),
                new UnitFormRules(ZONE), identity, mock(TaskSubjects.class)));
        BEANS.put("notifyUnitsDelegate", (JavaDelegate) execution -> { });
        // as RolloutService.begin: the rollout's record and its number of rounds
        BEANS.put("rolloutStartListener", (ExecutionListener) execution -> {
            execution.setVariable(ROLLOUT_ID, ROLLOUT);
            execution.setVariable(PLAN_ID, 3L);
            execution.setVariable(ROUND_SEQUENCE, 1);
            execution.setVariable(ROUND_COUNT, 3);
        });
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
    }

    @Test
    void reportingRoundsOpenOnThePlansCutOffsAndTheRolloutEndsWithTheUnitsAndThePlansTasks() {
        ProcessInstance instance = start();
        runJobs();
        assertThat(instance).isWaitingAt(WAIT_FOR_ROUND, UNIT_IMPLEMENTATION, PLAN_TASKS);

        // quarterly cut-offs on the 14th (Nghị định 09), then the final review at the plan's end
        for (LocalDate opens : List.of(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 30))) {
            Job timer = management.createJobQuery().activityId(WAIT_FOR_ROUND).singleResult();
            assertThat(timer.getDuedate()).isEqualTo(Date.from(opens.atStartOfDay(ZONE).toInstant()));
            assertThat(management.createJobQuery().executable().count()).as("not due before its day").isZero();
            ClockUtil.setCurrentTime(timer.getDuedate());
            runJobs();
        }
        assertThat(instance).hasPassed(REPORTING_ROUND, "RoundLoopGateway", "MoreRoundsGateway")
                .isWaitingAt(UNIT_IMPLEMENTATION, PLAN_TASKS);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey(REPORTING_ROUND_KEY).list()).hasSize(3)
                .allSatisfy(round -> assertThat(round.getBusinessKey()).isEqualTo("KH-3"));
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), ROUND_SEQUENCE)).isEqualTo(4);

        UNITS.forEach(this::walkUnit);
        assertThat(instance).isWaitingAt(PLAN_TASKS);
        verify(service, never()).complete(ROLLOUT);
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().taskCandidateGroup("aq-ca")
                .singleResult().getId());

        assertThat(instance).hasPassed(PLAN_TASKS, "RolloutJoinGateway", END_EVENT).isEnded();
        verify(service).complete(ROLLOUT);
    }

    @Test
    void aRolloutWithTasksAddedToItsPlanStillRunningChecksAgainEveryHourBeforeItEnds() {
        when(planTasks.addedTasksRunning(ROLLOUT)).thenReturn(true, false);
        BEANS.put("rolloutStartListener", (ExecutionListener) execution -> {
            execution.setVariable(ROLLOUT_ID, ROLLOUT);
            execution.setVariable(PLAN_ID, 3L);
            execution.setVariable(ROUND_SEQUENCE, 1);
            execution.setVariable(ROUND_COUNT, 0);
        });
        ProcessInstance instance = start();
        runJobs();
        UNITS.forEach(this::walkUnit);
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().taskCandidateGroup("aq-ca")
                .singleResult().getId());

        assertThat(instance).isWaitingAt(WAIT_FOR_ADDED_TASKS);
        Job check = management.createJobQuery().activityId(WAIT_FOR_ADDED_TASKS).singleResult();
        assertThat(check.getDuedate()).isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L));
        verify(service, never()).complete(ROLLOUT);
        ClockUtil.setCurrentTime(check.getDuedate());
        management.executeJob(check.getId());

        assertThat(instance).hasPassed("AddedTasksMergeGateway", END_EVENT).isEnded();
        verify(service).complete(ROLLOUT);
    }

    @Test
    void aUnitWhoseGroupWasRemovedIsOneIncidentRetriedAfterTheFixWhileTheOtherUnitsGetTheirTasks() {
        identity.deleteGroup("aq-tdp02");
        ProcessInstance instance = start();
        runJobsLeavingFailures();

        assertThat(study("aq-tdp01")).isEqualTo(1);
        assertThat(study("aq-tdp03")).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("aq-ca").count())
                .as("the plan's tasks run beside the units").isEqualTo(1);
        Job failed = management.createJobQuery().activityId(UNIT_IMPLEMENTATION).singleResult();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(engine.getRuntimeService().getVariable(failed.getExecutionId(), "unitCode")).isEqualTo("AQ-TDP02");
        // the job executor tries twice more, five minutes apart
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> management.executeJob(failed.getId()))
                    .hasMessageStartingWith("Đơn vị AQ-TDP02 không còn nhóm người dùng «aq-tdp02»");
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).list())
                .singleElement().satisfies(incident -> {
                    assertThat(incident.getActivityId()).isEqualTo(UNIT_IMPLEMENTATION);
                    assertThat(incident.getIncidentMessage()).startsWith("Đơn vị AQ-TDP02 không còn nhóm người dùng");
                });

        group("aq-tdp02");
        management.setJobRetries(failed.getId(), 1);
        management.executeJob(failed.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(study("aq-tdp02")).isEqualTo(1);
    }

    @Test
    void theStartFormIsServedByTheApplication() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();

        assertThat(engine.getFormService().getStartFormKey(definition.getId()))
                .isEqualTo("embedded:/forms/start-plan-rollout.html");
        assertThat(new ClassPathResource("static/forms/start-plan-rollout.html").exists()).isTrue();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "KH-3");
    }

    private void walkUnit(String code) {
        String group = code.toLowerCase();
        complete(group, UnitImplementationProcess.STUDY, RolloutSteps.study());
        complete(group, UnitImplementationProcess.DISSEMINATE, RolloutSteps.disseminate());
        complete(group, UnitImplementationProcess.SUBMIT_UNIT_PLAN, RolloutSteps.unitPlan());
        Task review = engine.getTaskService().createTaskQuery().taskDefinitionKey(UnitImplementationProcess.REVIEW_UNIT_PLAN)
                .processVariableValueEquals(UnitImplementationProcess.UNIT_CODE, code).singleResult();
        engine.getTaskService().complete(review.getId(), RolloutSteps.approve());
        complete(group, UnitImplementationProcess.IMPLEMENT_PLAN, RolloutSteps.implement());
    }

    private void complete(String group, String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).taskCandidateGroup(group)
                .singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private long study(String group) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(UnitImplementationProcess.STUDY)
                .taskCandidateGroup(group).count();
    }

    private void group(String id) {
        identity.saveGroup(identity.newGroup(id));
    }

    private void runJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = management.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    /** As the job executor: a failure stays with its job (retries, later due), the other jobs still run. */
    private void runJobsLeavingFailures() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = management.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // recorded on the job by the engine
                }
            }
        }
        throw new IllegalStateException("Jobs keep coming");
    }
}
