package vn.trienkhai.monitoring;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.RolloutRepository;
import vn.trienkhai.rollout.UnitImplementationProcess;

/** The demo rollout of the Ái Quốc plan, driven through the engine: its jobs run, its tasks found. */
public class DemoProgress {

    public static final String DEMO_ISSUING_UNIT = "AQ-UBND";

    private final ProcessEngine engine;
    private final PlanRepository plans;
    private final RolloutRepository rollouts;

    DemoProgress(ProcessEngine engine, PlanRepository plans, RolloutRepository rollouts) {
        this.engine = engine;
        this.plans = plans;
        this.rollouts = rollouts;
    }

    /** The Ái Quốc plan's id, its rollout's units notified and at their first task (the job executor is off). */
    public long demoPlan() {
        runJobs();
        return plans.findAllForList().stream()
                .filter(plan -> DEMO_ISSUING_UNIT.equals(plan.getIssuingUnit().getCode()))
                .findFirst().orElseThrow().getId();
    }

    public long demoRollout() {
        return rollouts.findByPlanIdOrdered(demoPlan()).get(0).getId();
    }

    public void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    public Task task(String unitCode, String taskKey) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
                .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, demoRollout())
                .processVariableValueEquals(UnitImplementationProcess.UNIT_CODE, unitCode).singleResult();
    }

    public void complete(String unitCode, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(unitCode, taskKey).getId(), variables);
        runJobs();
    }
}
