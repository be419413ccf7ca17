package vn.trienkhai.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;

    DemoProgress(ProcessEngine engine, PlanRepository plans, RolloutRepository rollouts, JdbcTemplate jdbc) {
        this.engine = engine;
        this.plans = plans;
        this.rollouts = rollouts;
        this.jdbc = jdbc;
    }

    /**
     * A cascade of one of the demo rollout's units to two units, written as the rollout writes its records (no
     * engine instances, so no links): HP-BAO with its study done on time and its dissemination overdue, HP-DPTTH
     * with its study not due. The demo plan cascades nothing; {@link #removeCascade} takes it away again.
     */
    public long addCascade(String cascadingUnit) {
        Long cascade = jdbc.queryForObject("insert into rollout (plan_id, parent_rollout_id, lead_unit_id, level,"
                + " rollout_date, status, started_at) select plan_id, id, (select id from org_unit where code = ?),"
                + " 1, rollout_date, 'COMPLETED', started_at from rollout where id = ? returning id", Long.class,
                cascadingUnit, demoRollout());
        String insert = "insert into unit_stage_progress (rollout_id, unit_id, stage, due_at, completed_at, status)"
                + " values (?, (select id from org_unit where code = ?), ?, ?, ?, ?)";
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(5)));
        Timestamp earlier = Timestamp.from(Instant.now().minus(Duration.ofDays(6)));
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofDays(60)));
        jdbc.update(insert, cascade, "HP-BAO", "STUDY", past, earlier, "DONE");
        jdbc.update(insert, cascade, "HP-BAO", "DISSEMINATE", past, null, "OPEN");
        jdbc.update(insert, cascade, "HP-DPTTH", "STUDY", later, null, "OPEN");
        return cascade;
    }

    public void removeCascade(long cascade) {
        jdbc.update("delete from unit_stage_progress where rollout_id = ?", cascade);
        jdbc.update("delete from rollout where id = ?", cascade);
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
