package vn.trienkhai.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plantask.PlanTaskStatus;

/**
 * One plan on the Cockpit dashboard: how far its units are, how many stages are overdue, and its tasks
 * in the four categories (with their labels, in the categories' order).
 */
record PlanSummary(long planId, String planNumber, String planSummary, String issuingUnit, Long rolloutId,
                   int stages, int done, int overdue, Double onTimeRate, Map<ProgressStatus, Integer> totals,
                   List<TaskCount> tasks) {

    /** How many of the plan's tasks are in one category. */
    record TaskCount(PlanTaskStatus status, String label, int count) {
    }

    static PlanSummary of(Plan plan, Long rolloutId, StatusCounts counts, TaskCounts taskCounts, Double onTimeRate) {
        List<TaskCount> tasks = Arrays.stream(PlanTaskStatus.values())
                .map(status -> new TaskCount(status, status.label(), taskCounts.get(status))).toList();
        return new PlanSummary(plan.getId(), plan.getNumber(), plan.getSummary(), plan.getIssuingUnit().getName(),
                rolloutId, counts.total(), counts.done(), counts.get(ProgressStatus.OVERDUE), onTimeRate,
                counts.counts(), tasks);
    }
}
