package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;
import vn.trienkhai.monitoring.UnitRanking.RankingHead;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.rollout.Stage;

/**
 * A plan's progress as the API shows it: the units of its running (else latest) top-level rollout, each with its
 * stages, and the units of a cascade nested under the unit that cascades; the plan's tasks counted in the four
 * categories; the head of the units' ranking by on-time rate (the whole ranking is paged, {@link RankingQueries}).
 * {@code totals} count stages; {@code onTimeRate} counts stages and tasks.
 */
record PlanProgress(long planId, String planNumber, String planSummary, String issuingUnit, Long rolloutId,
                    Instant computedAt, List<Label> stages, List<Label> statuses,
                    Map<ProgressStatus, Integer> totals, Double onTimeRate, List<Label> taskStatuses,
                    Map<PlanTaskStatus, Integer> taskTotals, List<UnitProgress> units, RankingHead ranking) {

    /** How many of the best and of the most lagging units the answer carries. */
    static final int RANKING_HEAD = 10;

    static PlanProgress of(Plan plan, Long rolloutId, Instant now, PlanFigures figures) {
        return new PlanProgress(plan.getId(), plan.getNumber(), plan.getSummary(), plan.getIssuingUnit().getName(),
                rolloutId, now, StageLabels.stages(), StageLabels.statuses(), figures.stageTotals().counts(),
                figures.onTimeRate(), StageLabels.taskStatuses(), figures.taskTotals().counts(), figures.units(),
                UnitRanking.head(figures.ranking(), RANKING_HEAD));
    }

    /** A code with its Vietnamese label. */
    record Label(String code, String label) {
    }

    /**
     * One unit in one rollout. {@code totals} count the unit's own stages, {@code taskTotals} the plan tasks it
     * leads, {@code onTimeRate} both; the {@code subtree} figures add its cascade's units, of which
     * {@code cascadedUnits} are directly below it. {@code children} are nested in the whole tree (the workbook);
     * the page's answer leaves them empty and loads them when a unit is opened.
     */
    record UnitProgress(String unitCode, String unitName, int level, long rolloutId, String processInstanceId,
                        List<StageProgress> stages, Map<ProgressStatus, Integer> totals,
                        Map<PlanTaskStatus, Integer> taskTotals, Double onTimeRate,
                        Map<ProgressStatus, Integer> subtreeTotals, Double subtreeOnTimeRate,
                        List<UnitProgress> children, int cascadedUnits) {
    }

    /** One stage of one unit. */
    record StageProgress(Stage stage, String stageLabel, Instant dueAt, Instant completedAt, ProgressStatus status,
                         String statusLabel) {
    }
}
