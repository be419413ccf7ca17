package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.monitoring.PlanProgress.StageProgress;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;

/** Turns a plan's rollouts and records into units × stages with statuses, nesting each cascade. */
final class ProgressAssembler {

    private final DeadlineStandingRule rule;
    private final Instant now;
    private final BiFunction<Long, String, String> instanceOf;

    /** {@code instanceOf} gives the unit's process instance id for (rollout id, unit code), or null. */
    ProgressAssembler(DeadlineStandingRule rule, Instant now, BiFunction<Long, String, String> instanceOf) {
        this.rule = rule;
        this.now = now;
        this.instanceOf = instanceOf;
    }

    List<UnitProgress> units(RolloutRows rollout, List<RolloutRows> all) {
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        rollout.rows().stream().sorted(Comparator.comparing(Row::unitCode).thenComparing(Row::stage))
                .forEach(row -> byUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>()).add(row));
        List<UnitProgress> units = new ArrayList<>();
        byUnit.forEach((code, rows) -> units.add(unit(rollout, rows, childrenOf(rollout, code, all))));
        return units;
    }

    static StatusCounts subtree(List<UnitProgress> units) {
        return units.stream().map(unit -> new StatusCounts(unit.subtreeTotals()))
                .reduce(StatusCounts.of(List.of()), StatusCounts::plus);
    }

    private List<UnitProgress> childrenOf(RolloutRows parent, String unitCode, List<RolloutRows> all) {
        return all.stream()
                .filter(child -> Objects.equals(child.parentRolloutId(), parent.rolloutId())
                        && unitCode.equals(child.cascadingUnitCode()))
                .flatMap(child -> units(child, all).stream())
                .toList();
    }

    private UnitProgress unit(RolloutRows rollout, List<Row> rows, List<UnitProgress> children) {
        List<StageProgress> stages = rows.stream().map(this::stage).toList();
        StatusCounts own = StatusCounts.of(stages.stream().map(StageProgress::status).toList());
        StatusCounts subtree = own.plus(subtree(children));
        Row first = rows.get(0);
        return new UnitProgress(first.unitCode(), first.unitName(), rollout.level(), rollout.rolloutId(),
                instanceOf.apply(rollout.rolloutId(), first.unitCode()), stages, own.counts(), own.onTimeRate(),
                subtree.counts(), subtree.onTimeRate(), children);
    }

    private StageProgress stage(Row row) {
        ProgressStatus status = ProgressStatus.of(rule.standingOf(row.dueAt(), row.completedAt(), now));
        return new StageProgress(row.stage(), StageLabels.of(row.stage()), row.dueAt(), row.completedAt(), status,
                status.label());
    }
}
