package vn.trienkhai.monitoring;

import java.util.Map;

/** One plan on the Cockpit dashboard: how far its units are, how many stages are overdue. */
record PlanSummary(long planId, String planNumber, String planSummary, String issuingUnit, Long rolloutId,
                   int stages, int done, int overdue, Double onTimeRate, Map<ProgressStatus, Integer> totals) {

    static PlanSummary of(PlanProgress progress) {
        StatusCounts counts = new StatusCounts(progress.totals());
        return new PlanSummary(progress.planId(), progress.planNumber(), progress.planSummary(),
                progress.issuingUnit(), progress.rolloutId(), counts.total(), counts.done(),
                counts.get(ProgressStatus.OVERDUE), progress.onTimeRate(), progress.totals());
    }
}
