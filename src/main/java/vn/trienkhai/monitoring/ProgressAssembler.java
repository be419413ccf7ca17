package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.monitoring.PlanProgress.StageProgress;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.monitoring.UnitRanking.Figures;
import vn.trienkhai.monitoring.UnitRanking.UnitRank;
import vn.trienkhai.plantask.PlanTaskStatus;

/**
 * Turns a plan's rollouts, records and tracked tasks into units × stages with statuses, nesting each
 * cascade, the plan's units in its protocol order; a unit's on-time rate counts its stages and the plan tasks it
 * leads.
 */
final class ProgressAssembler {

    private final DeadlineStandingRule rule;
    private final Instant now;
    private final BiFunction<Long, String, String> instanceOf;
    private final List<TaskRow> tasks;
    private final Map<String, TaskCounts> tasksByLead = new HashMap<>();
    private final Comparator<String> unitOrder;

    /** Units by code only: for a plan that lists no participants. */
    ProgressAssembler(DeadlineStandingRule rule, Instant now, BiFunction<Long, String, String> instanceOf,
                      List<TaskRow> tasks) {
        this(rule, now, instanceOf, tasks, Map.of());
    }

    /**
     * {@code instanceOf} gives the unit's process instance id for (rollout id, unit code), or null;
     * {@code protocolOrder} each participant's place in the plan (unit code → position): the plan's units are
     * listed in that order, those it does not list (a cascade's) after them by code.
     */
    ProgressAssembler(DeadlineStandingRule rule, Instant now, BiFunction<Long, String, String> instanceOf,
                      List<TaskRow> tasks, Map<String, Integer> protocolOrder) {
        this.unitOrder = Comparator.comparing((String code) -> protocolOrder.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
        this.rule = rule;
        this.now = now;
        this.instanceOf = instanceOf;
        this.tasks = tasks;
        Map<String, List<PlanTaskStatus>> statuses = new HashMap<>();
        tasks.forEach(task -> statuses.computeIfAbsent(task.leadCode(), code -> new ArrayList<>()).add(status(task)));
        statuses.forEach((code, list) -> tasksByLead.put(code, TaskCounts.of(list)));
    }

    /** What the plan page shows, from the top rollout (first) and its cascades; no rollout, no units. */
    PlanFigures plan(List<RolloutRows> tree) {
        List<UnitProgress> units = tree.isEmpty() ? List.of() : units(tree.get(0), tree);
        StatusCounts stages = subtree(units);
        TaskCounts taskTotals = TaskCounts.of(tasks.stream().map(this::status).toList());
        return new PlanFigures(units, stages, taskTotals, stages.tally().plus(taskTotals.tally()).rate(),
                ranking(units));
    }

    List<UnitProgress> units(RolloutRows rollout, List<RolloutRows> all) {
        return units(rollout, cascades(all));
    }

    /** Parent rollout id → cascading unit code → the rollouts it cascaded: one look-up per unit, not a scan. */
    private static Map<Long, Map<String, List<RolloutRows>>> cascades(List<RolloutRows> all) {
        return all.stream().filter(child -> child.parentRolloutId() != null && child.cascadingUnitCode() != null)
                .collect(Collectors.groupingBy(RolloutRows::parentRolloutId,
                        Collectors.groupingBy(RolloutRows::cascadingUnitCode)));
    }

    private List<UnitProgress> units(RolloutRows rollout, Map<Long, Map<String, List<RolloutRows>>> cascades) {
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        rollout.rows().stream().sorted(Comparator.comparing(Row::unitCode, unitOrder).thenComparing(Row::stage))
                .forEach(row -> byUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>()).add(row));
        List<UnitProgress> units = new ArrayList<>();
        byUnit.forEach((code, rows) -> units.add(unit(rollout, rows, childrenOf(rollout, code, cascades))));
        return units;
    }

    static StatusCounts subtree(List<UnitProgress> units) {
        return units.stream().map(unit -> new StatusCounts(unit.subtreeTotals()))
                .reduce(StatusCounts.of(List.of()), StatusCounts::plus);
    }

    private List<UnitRank> ranking(List<UnitProgress> units) {
        List<Figures> figures = new ArrayList<>();
        addStages(units, figures);
        tasks.forEach(task -> figures.add(new Figures(task.leadCode(), task.leadName(),
                TaskCounts.of(List.of(status(task))).tally())));
        return UnitRanking.of(figures);
    }

    private static void addStages(List<UnitProgress> units, List<Figures> figures) {
        units.forEach(unit -> {
            figures.add(new Figures(unit.unitCode(), unit.unitName(), new StatusCounts(unit.totals()).tally()));
            addStages(unit.children(), figures);
        });
    }

    private List<UnitProgress> childrenOf(RolloutRows parent, String unitCode,
                                          Map<Long, Map<String, List<RolloutRows>>> cascades) {
        return cascades.getOrDefault(parent.rolloutId(), Map.of()).getOrDefault(unitCode, List.of()).stream()
                .flatMap(child -> units(child, cascades).stream())
                .toList();
    }

    private UnitProgress unit(RolloutRows rollout, List<Row> rows, List<UnitProgress> children) {
        List<StageProgress> stages = rows.stream().map(this::stage).toList();
        StatusCounts own = StatusCounts.of(stages.stream().map(StageProgress::status).toList());
        StatusCounts subtree = own.plus(subtree(children));
        Row first = rows.get(0);
        TaskCounts led = tasksByLead.getOrDefault(first.unitCode(), TaskCounts.NONE);
        OnTimeTally ownTally = own.tally().plus(led.tally());
        OnTimeTally subtreeTally = children.stream().map(ProgressAssembler::subtreeTally)
                .reduce(ownTally, OnTimeTally::plus);
        return new UnitProgress(first.unitCode(), first.unitName(), rollout.level(), rollout.rolloutId(),
                instanceOf.apply(rollout.rolloutId(), first.unitCode()), stages, own.counts(), led.counts(),
                ownTally.rate(), subtree.counts(), subtreeTally.rate(), children, children.size());
    }

    private static OnTimeTally subtreeTally(UnitProgress unit) {
        OnTimeTally own = new StatusCounts(unit.totals()).tally().plus(new TaskCounts(unit.taskTotals()).tally());
        return unit.children().stream().map(ProgressAssembler::subtreeTally).reduce(own, OnTimeTally::plus);
    }

    private StageProgress stage(Row row) {
        ProgressStatus status = ProgressStatus.of(rule.standingOf(row.dueAt(), row.completedAt(), now));
        return new StageProgress(row.stage(), StageLabels.of(row.stage()), row.dueAt(), row.completedAt(), status,
                status.label());
    }

    private PlanTaskStatus status(TaskRow task) {
        return PlanTaskStatus.of(rule.standingOf(task.dueAt(), task.completedAt(), now));
    }

    /** The figures of one plan: stage counts, task counts, the on-time rate of both, the ranking. */
    record PlanFigures(List<UnitProgress> units, StatusCounts stageTotals, TaskCounts taskTotals, Double onTimeRate,
                       List<UnitRank> ranking) {
    }
}
