package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.trienkhai.rollout.Stage;

/**
 * A plan's progress as the API shows it: the units of its running (else latest) top-level rollout, each with its
 * stages, and the units of a cascade nested under the unit that cascades.
 */
record PlanProgress(long planId, String planNumber, String planSummary, String issuingUnit, Long rolloutId,
                    Instant computedAt, List<Label> stages, List<Label> statuses,
                    Map<ProgressStatus, Integer> totals, Double onTimeRate, List<UnitProgress> units) {

    /** A code with its Vietnamese label. */
    record Label(String code, String label) {
    }

    /**
     * One unit in one rollout. {@code totals} and {@code onTimeRate} count the unit's own stages;
     * the {@code subtree} figures add its cascade's units.
     */
    record UnitProgress(String unitCode, String unitName, int level, long rolloutId, String processInstanceId,
                        List<StageProgress> stages, Map<ProgressStatus, Integer> totals, Double onTimeRate,
                        Map<ProgressStatus, Integer> subtreeTotals, Double subtreeOnTimeRate,
                        List<UnitProgress> children) {
    }

    /** One stage of one unit. */
    record StageProgress(Stage stage, String stageLabel, Instant dueAt, Instant completedAt, ProgressStatus status,
                         String statusLabel) {
    }
}
