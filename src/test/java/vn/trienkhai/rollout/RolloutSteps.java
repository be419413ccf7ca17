package vn.trienkhai.rollout;

import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.trienkhai.plantask.PlanTaskProcess;

/** Walks rollouts through the engine API, as the units and the lead office would. */
@Component
class RolloutSteps {

    private final ProcessEngine engine;
    private final RolloutService rollouts;

    RolloutSteps(ProcessEngine engine, RolloutService rollouts) {
        this.engine = engine;
        this.rollouts = rollouts;
    }

    Rollout start(long planId) {
        Rollout rollout = rollouts.start(planId, RolloutFixtures.ROLLOUT_ON);
        runJobs();
        return rollout;
    }

    /** Executes every job due by the engine clock (async continuations, due timers) until none is left. */
    void runJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    /**
     * As {@link #runJobs()}, but as the job executor does: a failing job keeps its failure (retries
     * and exception on the job, later due by its retry cycle) and the other jobs still run.
     */
    void runJobsLeavingFailures() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException failure) {
                    // recorded on the job by the engine
                }
            }
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    Task task(long rolloutId, String unitCode, String taskKey) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
                .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rolloutId)
                .processVariableValueEquals(UNIT_CODE, unitCode).singleResult();
    }

    ProcessInstance unitInstance(long rolloutId, String unitCode) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rolloutId)
                .variableValueEquals(UNIT_CODE, unitCode).singleResult();
    }

    void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    static Map<String, Object> study() {
        return Map.of(STUDY_HELD_ON, "2026-01-05", STUDY_FORMAT, "TRUC_TIEP", STUDY_PARTICIPANTS, 35L,
                STUDY_MINUTES_REF, "01/BB-TDP01");
    }

    static Map<String, Object> disseminate() {
        return Map.of(DISSEMINATION_CHANNELS, "Loa truyền thanh, họp tổ dân phố", DISSEMINATION_SESSIONS, 4L,
                PEOPLE_REACHED, 420L);
    }

    static Map<String, Object> unitPlan() {
        return Map.of(UNIT_PLAN_NUMBER, "05/KH-TDP01", UNIT_PLAN_DATE, "2026-01-05",
                UNIT_PLAN_SUMMARY, "Kế hoạch thực hiện Chỉ thị 08-CT/TU tại tổ dân phố",
                UNIT_PLAN_DOCUMENT, "https://vanban.example/05-KH-TDP01");
    }

    static Map<String, Object> approve() {
        return Map.of(REVIEW_DECISION, APPROVE);
    }

    static Map<String, Object> returnWith(String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REVIEW_DECISION, RETURN);
        variables.put(RETURN_REASON, reason);
        return variables;
    }

    static Map<String, Object> implement() {
        return Map.of(IMPLEMENTATION_SUMMARY, "Đã tổ chức thực hiện đầy đủ các nhiệm vụ", IMPLEMENTED_ON, "2026-01-05");
    }

    /** Every step of one unit, approved at the first review. */
    void walkUnit(long rolloutId, String unitCode) {
        complete(task(rolloutId, unitCode, STUDY), study());
        complete(task(rolloutId, unitCode, DISSEMINATE), disseminate());
        complete(task(rolloutId, unitCode, SUBMIT_UNIT_PLAN), unitPlan());
        complete(task(rolloutId, unitCode, REVIEW_UNIT_PLAN), approve());
        runJobs();
        complete(task(rolloutId, unitCode, IMPLEMENT_PLAN), implement());
    }

    /**
     * Carries every plan task of the rollout to its end by the engine clock: due round timers fire,
     * each open task is completed (state reports, contributions, the result, its acceptance).
     */
    void walkPlanTasks(long rolloutId) {
        for (int step = 0; step < 100; step++) {
            runJobs();
            List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                    .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rolloutId).list();
            if (open.isEmpty()) {
                return;
            }
            open.forEach(task -> complete(task, planTaskForm(task.getTaskDefinitionKey())));
        }
        throw new IllegalStateException("Plan tasks keep coming");
    }

    static Map<String, Object> planTaskForm(String taskKey) {
        return switch (taskKey) {
            case PlanTaskProcess.COORDINATE -> Map.of(PlanTaskProcess.CONTRIBUTION, "Đã phối hợp cung cấp số liệu");
            case PlanTaskProcess.REPORT_STATE -> Map.of(PlanTaskProcess.TASK_STATE_REPORT, "Duy trì thực hiện thường xuyên");
            case PlanTaskProcess.CARRY_OUT -> Map.of(PlanTaskProcess.TASK_STATE, PlanTaskProcess.DONE,
                    PlanTaskProcess.RESULT_SUMMARY, "Đã hoàn thành nhiệm vụ", PlanTaskProcess.OUTPUT_REFERENCE,
                    "https://vanban.example/bao-cao-nv", PlanTaskProcess.FINISHED_ON, "2026-01-05");
            default -> Map.of(PlanTaskProcess.REVIEW_DECISION, PlanTaskProcess.APPROVE);
        };
    }

    /** Deletes every running instance: the rollout and reporting tests share one database, and no test leaves work behind. */
    void cleanUp() {
        engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"));
    }
}
