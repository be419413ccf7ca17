package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.monitoring.PlanProgress.StageProgress;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.monitoring.UnitRanking.Figures;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.rollout.StageTally;

/**
 * The plan page's answer: the units of one rollout with their stages, and below each unit only the figures of its
 * cascade, added up from the counts the database made per unit ({@link StageTally}); the cascade's own units are
 * loaded when the unit is opened. The figures are those {@link ProgressAssembler} computes from the whole tree.
 */
final class ProgressOutline {

    private final DeadlineStandingRule rule;
    private final Instant now;
    private final BiFunction<Long, String, String> instanceOf;
    private final List<TaskRow> tasks;
    private final Map<String, TaskCounts> tasksByLead = new HashMap<>();
    private final Comparator<String> unitOrder;
    private final Map<Long, Map<String, List<RolloutRows>>> cascades;
    private final Map<Long, List<StageTally>> talliesByRollout;

    /**
     * {@code tree}: the rollouts (their rows are not read); {@code tallies}: the counts per unit of every rollout
     * below those whose units are shown.
     */
    ProgressOutline(DeadlineStandingRule rule, Instant now, BiFunction<Long, String, String> instanceOf,
                    List<TaskRow> tasks, Map<String, Integer> protocolOrder, List<RolloutRows> tree,
                    List<StageTally> tallies) {
        this.rule = rule;
        this.now = now;
        this.instanceOf = instanceOf;
        this.tasks = tasks;
        this.unitOrder = Comparator.comparing((String code) -> protocolOrder.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
        this.cascades = tree.stream().filter(child -> child.parentRolloutId() != null
                        && child.cascadingUnitCode() != null)
                .collect(Collectors.groupingBy(RolloutRows::parentRolloutId,
                        Collectors.groupingBy(RolloutRows::cascadingUnitCode)));
        this.talliesByRollout = tallies.stream().collect(Collectors.groupingBy(StageTally::rolloutId));
        Map<String, List<PlanTaskStatus>> statuses = new HashMap<>();
        tasks.forEach(task -> statuses.computeIfAbsent(task.leadCode(), code -> new ArrayList<>()).add(status(task)));
        statuses.forEach((code, list) -> tasksByLead.put(code, TaskCounts.of(list)));
    }

    /** The top rollout's units (with its rows), the plan's totals and the ranking over the whole tree. */
    PlanFigures plan(RolloutRows top) {
        List<UnitProgress> units = units(top);
        StatusCounts stages = ProgressAssembler.subtree(units);
        TaskCounts taskTotals = TaskCounts.of(tasks.stream().map(this::status).toList());
        List<Figures> figures = new ArrayList<>();
        units.forEach(unit -> {
            figures.add(new Figures(unit.unitCode(), unit.unitName(), new StatusCounts(unit.totals()).tally()));
            below(top.rolloutId(), unit.unitCode(), tally -> figures.add(
                    new Figures(tally.unitCode(), tally.unitName(), counts(tally).tally())));
        });
        tasks.forEach(task -> figures.add(UnitRanking.of(task, status(task))));
        return new PlanFigures(units, stages, taskTotals, stages.tally().plus(taskTotals.tally()).rate(),
                UnitRanking.of(figures));
    }

    /** The units of the rollouts (with their rows), each with its stages and its cascade's figures, not its units. */
    List<UnitProgress> units(List<RolloutRows> rollouts) {
        return rollouts.stream().flatMap(rollout -> units(rollout).stream()).toList();
    }

    private List<UnitProgress> units(RolloutRows rollout) {
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        rollout.rows().stream().sorted(Comparator.comparing(Row::unitCode, unitOrder).thenComparing(Row::stage))
                .forEach(row -> byUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>()).add(row));
        List<UnitProgress> units = new ArrayList<>();
        byUnit.forEach((code, rows) -> units.add(unit(rollout, rows)));
        return units;
    }

    private UnitProgress unit(RolloutRows rollout, List<Row> rows) {
        List<StageProgress> stages = rows.stream().map(this::stage).toList();
        StatusCounts own = StatusCounts.of(stages.stream().map(StageProgress::status).toList());
        Row first = rows.get(0);
        TaskCounts led = tasksByLead.getOrDefault(first.unitCode(), TaskCounts.NONE);
        OnTimeTally ownTally = own.tally().plus(led.tally());
        StatusCounts[] subtree = {own};
        OnTimeTally[] subtreeTally = {ownTally};
        below(rollout.rolloutId(), first.unitCode(), tally -> {
            StatusCounts counts = counts(tally);
            subtree[0] = subtree[0].plus(counts);
            subtreeTally[0] = subtreeTally[0].plus(counts.tally())
                    .plus(tasksByLead.getOrDefault(tally.unitCode(), TaskCounts.NONE).tally());
        });
        int cascaded = cascades.getOrDefault(rollout.rolloutId(), Map.of()).getOrDefault(first.unitCode(), List.of())
                .stream().mapToInt(child -> talliesByRollout.getOrDefault(child.rolloutId(), List.of()).size()).sum();
        return new UnitProgress(first.unitCode(), first.unitName(), rollout.level(), rollout.rolloutId(),
                instanceOf.apply(rollout.rolloutId(), first.unitCode()), stages, own.counts(), led.counts(),
                ownTally.rate(), subtree[0].counts(), subtreeTally[0].rate(), List.of(), cascaded);
    }

    /** Every unit of the cascades below the unit in the rollout, at any depth. */
    private void below(long rolloutId, String unitCode, Consumer<StageTally> visit) {
        for (RolloutRows child : cascades.getOrDefault(rolloutId, Map.of()).getOrDefault(unitCode, List.of())) {
            for (StageTally tally : talliesByRollout.getOrDefault(child.rolloutId(), List.of())) {
                visit.accept(tally);
                below(child.rolloutId(), tally.unitCode(), visit);
            }
        }
    }

    static StatusCounts counts(StageTally tally) {
        EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        counts.put(ProgressStatus.DONE_ON_TIME, (int) tally.doneOnTime());
        counts.put(ProgressStatus.DONE_LATE, (int) tally.doneLate());
        counts.put(ProgressStatus.OVERDUE, (int) tally.openOverdue());
        counts.put(ProgressStatus.DUE_SOON, (int) tally.openDueSoon());
        counts.put(ProgressStatus.NOT_DUE, (int) tally.openNotDue());
        return new StatusCounts(counts);
    }

    private StageProgress stage(Row row) {
        ProgressStatus status = ProgressStatus.of(rule.standingOf(row.dueAt(), row.completedAt(), now));
        return new StageProgress(row.stage(), StageLabels.of(row.stage()), row.dueAt(), row.completedAt(), status,
                status.label());
    }

    private PlanTaskStatus status(TaskRow task) {
        return PlanTaskStatus.of(rule.standingOf(task.dueAt(), task.completedAt(), now));
    }
}
