package vn.trienkhai.rollout;

import java.time.LocalDate;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.StageDeadlines;

/**
 * What a unit's due dates are computed from: fixed once the rollout exists (a plan is not edited
 * after its import, a rollout keeps its date and level), so it may be kept across transactions.
 */
record RolloutSchedule(LocalDate rolloutDate, int level, StageDeadlines stages, LocalDate endDate) {

    static RolloutSchedule of(Rollout rollout) {
        Plan plan = rollout.getPlan();
        return new RolloutSchedule(rollout.getRolloutDate(), rollout.getLevel(), plan.getStages(), plan.getEndDate());
    }
}
