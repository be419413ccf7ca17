package vn.trienkhai.benchmark;

import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.task.Task;
import vn.trienkhai.rollout.RolloutService;

/**
 * The measured trienkhai paths, driven as in production with the job executor on: a one-level
 * rollout started as {@code POST /api/plans/{id}/rollouts} starts it, and the cascade of a
 * two-level rollout from the moment the level-1 units' cascade jobs may run.
 */
final class RolloutRuns {

    private final ProcessEngine engine;
    private final RolloutService rollouts;
    private final SyntheticData data;
    private final TaskWait wait;
    private final LocalDate today;
    private long lastPlanId;

    RolloutRuns(ProcessEngine engine, RolloutService rollouts, SyntheticData data, TaskWait wait, LocalDate today) {
        this.engine = engine;
        this.rollouts = rollouts;
        this.data = data;
        this.wait = wait;
        this.today = today;
    }

    /** Milliseconds from the rollout start until each of the {@code units} flat units has its study task. */
    double oneLevel(int units) throws InterruptedException {
        long planId = data.plan(units, SyntheticData::flatUnit, today);
        lastPlanId = planId;
        long started = System.nanoTime();
        rollouts.start(planId, today);
        return wait.until(businessKey(planId), STUDY, units, started);
    }

    /**
     * Rolls a plan out to {@code wards} cascading wards, walks each ward to its approval while the
     * cascade jobs are held (their job definition suspended), then lets them run: milliseconds
     * until every residential group of every ward has its study task.
     */
    double cascade(int wards, int groupsPerWard) throws InterruptedException {
        long planId = data.plan(wards, i -> "{unit: " + SyntheticData.ward(i) + ", cascade: true}", today);
        lastPlanId = planId;
        String businessKey = businessKey(planId);
        List<JobDefinition> cascadeJobs = cascadeJobDefinitions();
        cascadeJobs.forEach(definition -> management().suspendJobDefinitionById(definition.getId()));
        rollouts.start(planId, today);
        wait.until(businessKey, STUDY, wards, System.nanoTime());
        completeAll(businessKey, STUDY, this::study);
        completeAll(businessKey, DISSEMINATE, this::disseminate);
        completeAll(businessKey, SUBMIT_UNIT_PLAN, this::unitPlan);
        completeAll(businessKey, REVIEW_UNIT_PLAN, () -> Map.of(REVIEW_DECISION, APPROVE));
        long held = management().createJobQuery().activityId(CASCADE_ROLLOUT).suspended().count();
        if (held != wards) {
            throw new IllegalStateException("Expected " + wards + " held cascade jobs, found " + held);
        }
        long started = System.nanoTime();
        cascadeJobs.forEach(definition -> management().activateJobDefinitionById(definition.getId(), true));
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        return wait.until(businessKey, STUDY, (long) wards * groupsPerWard, started);
    }

    /** The plan of the last {@link #oneLevel} or {@link #cascade} run. */
    long lastPlanId() {
        return lastPlanId;
    }

    static String businessKey(long planId) {
        return "plan-" + planId;
    }

    private List<JobDefinition> cascadeJobDefinitions() {
        return management().createJobDefinitionQuery().activityIdIn(CASCADE_ROLLOUT).list();
    }

    private void completeAll(String businessKey, String taskKey, Supplier<Map<String, Object>> variables) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
        open.forEach(task -> engine.getTaskService().complete(task.getId(), variables.get()));
    }

    private Map<String, Object> study() {
        return Map.of(STUDY_HELD_ON, today.toString(), STUDY_FORMAT, "TRUC_TIEP", STUDY_PARTICIPANTS, 30L,
                STUDY_MINUTES_REF, "01/BB");
    }

    private Map<String, Object> disseminate() {
        return Map.of(DISSEMINATION_CHANNELS, "Loa truyền thanh", DISSEMINATION_SESSIONS, 2L, PEOPLE_REACHED, 300L);
    }

    private Map<String, Object> unitPlan() {
        return Map.of(UNIT_PLAN_NUMBER, "01/KH", UNIT_PLAN_DATE, today.toString(),
                UNIT_PLAN_SUMMARY, "Kế hoạch thực hiện", UNIT_PLAN_DOCUMENT, "https://vanban.example/01-KH");
    }

    private ManagementService management() {
        return engine.getManagementService();
    }
}
