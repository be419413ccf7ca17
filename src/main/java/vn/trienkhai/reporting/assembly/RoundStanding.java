package vn.trienkhai.reporting.assembly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.monitoring.OpenStageQueries;
import vn.trienkhai.monitoring.OpenStageQueries.OpenStage;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.document.RolloutStanding;
import vn.trienkhai.rollout.Stage;

/**
 * Where the round's rollout stands when its report is written, from monitoring's view of the progress records: the
 * stages units have still to complete that fall due by the end of the next period (a stage due later, such as
 * carrying the plan out until its end, is not yet the next period's work), and the units past a stage's due date.
 * The lead office's review of unit plans is its own step, not a unit's, so it is left out. A final review has no
 * next period.
 */
@Component
class RoundStanding {

    /** Late units named in the report; the others are counted. */
    static final int NAMED_UNITS = 30;

    private final OpenStageQueries stages;
    private final ZoneId zone;

    RoundStanding(OpenStageQueries stages, ZoneId zone) {
        this.stages = stages;
        this.zone = zone;
    }

    RolloutStanding of(ReportRound round, ReportingFrequency every, Instant at) {
        if (round.isFinalReview()) {
            return RolloutStanding.NONE;
        }
        LocalDate nextPeriodEnd = round.getCutOff().plusMonths(every.months());
        return of(stages.of(round.getRolloutId(), at), nextPeriodEnd.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** {@code horizon}: the first instant after the next period. */
    static RolloutStanding of(List<OpenStage> open, Instant horizon) {
        Map<Stage, Long> openByStage = new EnumMap<>(Stage.class);
        Map<Stage, String> labels = new EnumMap<>(Stage.class);
        Map<String, List<RolloutStanding.LateStage>> lateByUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (OpenStage stage : open) {
            if (stage.stage() == Stage.REVIEW || stage.dueAt() == null || !stage.dueAt().isBefore(horizon)) {
                continue;
            }
            openByStage.merge(stage.stage(), 1L, Long::sum);
            labels.put(stage.stage(), stage.stageLabel());
            if (stage.overdue()) {
                names.putIfAbsent(stage.unitCode(), stage.unitName());
                lateByUnit.computeIfAbsent(stage.unitCode(), code -> new ArrayList<>())
                        .add(new RolloutStanding.LateStage(stage.stageLabel(), stage.workingDaysLate()));
            }
        }
        List<RolloutStanding.OpenStage> openStages = openByStage.entrySet().stream()
                .map(entry -> new RolloutStanding.OpenStage(labels.get(entry.getKey()), entry.getValue())).toList();
        List<RolloutStanding.LateUnit> late = lateByUnit.entrySet().stream().limit(NAMED_UNITS)
                .map(entry -> new RolloutStanding.LateUnit(names.get(entry.getKey()), entry.getValue())).toList();
        return new RolloutStanding(openStages, late, lateByUnit.size());
    }
}
