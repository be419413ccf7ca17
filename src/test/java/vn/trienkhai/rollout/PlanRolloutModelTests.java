package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.rollout.PlanRolloutProcess.*;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.plantask.PlanTaskExpressions;

/**
 * The plan-rollout model alone, on an in-memory engine: the listeners and expressions are
 * stand-ins, and unit-implementation and plan-task are one-task stubs. What is checked is the
 * job shape: the multi-instance body only fans out, and each unit and each plan task is then a
 * job of its own, non-exclusive, so that one failure stays that unit's incident.
 */
@Deployment(resources = {"processes/plan-rollout.bpmn", "rollout/unit-implementation-stub.bpmn",
        "rollout/plan-task-stub.bpmn"})
class PlanRolloutModelTests {

    static final long ROLLOUT = 7L;
    static final String UNITS_BODY = UNIT_IMPLEMENTATION + "#multiInstanceBody";
    static final String PLAN_TASKS_BODY = PLAN_TASKS + "#multiInstanceBody";

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    PlanRolloutExpressions rollout = mock(PlanRolloutExpressions.class);
    UnitTaskExpressions unitTasks = mock(UnitTaskExpressions.class);
    PlanTaskExpressions planTasks = mock(PlanTaskExpressions.class);
    ManagementService management = engine.getManagementService();

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(new Date(1_780_000_000_000L));
        when(rollout.unitCodes(ROLLOUT)).thenReturn(List.of("U1", "U2", "U3"));
        when(unitTasks.unitGroup(anyString())).thenAnswer(call -> "g-" + call.getArgument(0));
        when(planTasks.taskIds(ROLLOUT)).thenReturn(List.of(101L, 102L));
        when(planTasks.leadGroup(anyLong())).thenAnswer(call -> "lead-" + call.getArgument(0));
        BEANS.put("planRollout", rollout);
        BEANS.put("unitTasks", unitTasks);
        BEANS.put("planTasks", planTasks);
        BEANS.put("rolloutStartListener", (ExecutionListener) execution -> {
            execution.setVariable(ROLLOUT_ID, ROLLOUT);
            execution.setVariable(PLAN_ID, 3L);
            execution.setVariable(ROUND_SEQUENCE, 1);
            execution.setVariable(ROUND_COUNT, 0);
        });
        BEANS.put("notifyUnitsDelegate", (JavaDelegate) execution -> { });
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theBodyJobOnlyFansOutAndEveryUnitIsANonExclusiveJobOfItsOwn() {
        ProcessInstance instance = startAndFanOut();

        List<Job> unitJobs = jobsAt(UNIT_IMPLEMENTATION);
        assertThat(unitJobs).hasSize(3);
        assertThat(unitJobs).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive())
                .as("sibling units run side by side, never one by one").isFalse());
        assertThat(unitInstances()).as("the body job creates no unit instance itself").isZero();

        unitJobs.forEach(job -> management.executeJob(job.getId()));

        assertThat(unitInstances()).isEqualTo(3);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("g-U2").count()).isEqualTo(1);
        assertThat(instance).isWaitingAt(UNIT_IMPLEMENTATION, PLAN_TASKS);
    }

    @Test
    void aUnitWhoseInstanceCannotBeCreatedIsOneIncidentAndTheOtherUnitsGetTheirTasks() {
        when(unitTasks.unitGroup("U2")).thenThrow(new UnitGroupMissingException("U2", "g-U2"));
        ProcessInstance instance = startAndFanOut();

        runFailing(jobsAt(UNIT_IMPLEMENTATION));

        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("g-U1").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("g-U3").count()).isEqualTo(1);
        Job failed = jobsAt(UNIT_IMPLEMENTATION).get(0);
        assertThat(failed.getRetries()).as("R3/PT5M: two more tries").isEqualTo(2);
        assertThat(failed.getDuedate()).isEqualTo(new Date(ClockUtil.getCurrentTime().getTime()
                + Duration.ofMinutes(5).toMillis()));
        assertThat(engine.getRuntimeService().getVariable(failed.getExecutionId(), "unitCode")).isEqualTo("U2");

        runFailing(List.of(failed));
        runFailing(List.of(failed));

        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(UNIT_IMPLEMENTATION);
            assertThat(incident.getIncidentMessage()).startsWith("Đơn vị U2 không còn nhóm người dùng «g-U2»");
        });

        // the group is back: the administrator retries the incident
        doReturn("g-U2").when(unitTasks).unitGroup("U2");
        management.setJobRetries(failed.getId(), 1);
        management.executeJob(failed.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("g-U2").count()).isEqualTo(1);
        jobsAt(PLAN_TASKS).forEach(job -> management.executeJob(job.getId()));
        engine.getTaskService().createTaskQuery().list()
                .forEach(task -> engine.getTaskService().complete(task.getId()));
        assertThat(instance).hasPassed("RolloutJoinGateway").isEnded();
        verify(rollout).completed(ROLLOUT);
    }

    @Test
    void aPlanTaskWhoseInstanceCannotBeCreatedLeavesTheOtherTasksAndTheUnitsRunning() {
        when(planTasks.leadGroup(102L)).thenThrow(new IllegalStateException("no lead unit"));
        ProcessInstance instance = startAndFanOut();

        List<Job> taskJobs = jobsAt(PLAN_TASKS);
        assertThat(taskJobs).hasSize(2).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());
        runFailing(taskJobs);
        jobsAt(UNIT_IMPLEMENTATION).forEach(job -> management.executeJob(job.getId()));

        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("lead-101").count()).isEqualTo(1);
        assertThat(unitInstances()).isEqualTo(3);
        assertThat(jobsAt(PLAN_TASKS)).singleElement()
                .satisfies(job -> assertThat(engine.getRuntimeService().getVariable(job.getExecutionId(), "planTaskId"))
                        .isEqualTo(102L));
        assertThat(instance).isWaitingAt(UNIT_IMPLEMENTATION, PLAN_TASKS);
    }

    @Test
    void aCollectionThatCannotBeReadFailsTheBodyJobAloneWithItsRetries() {
        when(rollout.unitCodes(ROLLOUT)).thenThrow(new IllegalStateException("no participants"));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "plan-3");
        management.executeJob(job(NOTIFY_UNITS).getId());

        Job body = job(UNITS_BODY);
        assertThatThrownBy(() -> management.executeJob(body.getId())).hasMessageContaining("no participants");

        assertThat(job(UNITS_BODY).getRetries()).isEqualTo(2);
        assertThat(jobsAt(UNIT_IMPLEMENTATION)).isEmpty();
        assertThat(instance).isWaitingAt(UNITS_BODY);
    }

    private ProcessInstance startAndFanOut() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "plan-3");
        assertThat(instance).isWaitingAt(NOTIFY_UNITS);
        management.executeJob(job(NOTIFY_UNITS).getId());
        management.executeJob(job(UNITS_BODY).getId());
        management.executeJob(job(PLAN_TASKS_BODY).getId());
        return instance;
    }

    /** Executes each job as the job executor would: a failure stays with its job. */
    private void runFailing(List<Job> jobs) {
        for (Job job : jobs) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // recorded on the job (retries, exception, incident at the last try)
            }
        }
    }

    private Job job(String activityId) {
        return management.createJobQuery().activityId(activityId).singleResult();
    }

    private List<Job> jobsAt(String activityId) {
        return management.createJobQuery().activityId(activityId).list();
    }

    private long unitInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(UnitImplementationProcess.KEY).count();
    }
}
