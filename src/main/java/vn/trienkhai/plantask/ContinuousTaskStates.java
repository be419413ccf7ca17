package vn.trienkhai.plantask;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.plan.PlanTaskDirectory;
import vn.trienkhai.rollout.RolloutLookup;

/**
 * A continuous task's state for one reporting round, recorded for a rollout that did not run on the engine
 * (a finished rollout brought in from its records, as the demo's history is). A running rollout records the
 * same state through its plan-task instance's "Báo cáo tình hình thực hiện nhiệm vụ thường xuyên".
 */
@Service
public class ContinuousTaskStates {

    private final RolloutLookup rollouts;
    private final PlanTaskDirectory tasks;
    private final PlanTaskRecords records;

    ContinuousTaskStates(RolloutLookup rollouts, PlanTaskDirectory tasks, PlanTaskRecords records) {
        this.rollouts = rollouts;
        this.tasks = tasks;
        this.records = records;
    }

    /** Records the state of the rollout's plan task {@code taskCode} in round {@code round}; the task stays in progress. */
    @Transactional
    public void record(long rolloutId, String taskCode, int round, String text, String user, Instant at) {
        long taskId = rollouts.planIdOf(rolloutId).flatMap(planId -> tasks.taskId(planId, taskCode))
                .orElseThrow(() -> new IllegalArgumentException("No task " + taskCode + " in the plan of rollout " + rolloutId));
        records.opened(rolloutId, taskId, null, null);
        records.stateReported(rolloutId, taskId, round, text, user, at);
    }
}
