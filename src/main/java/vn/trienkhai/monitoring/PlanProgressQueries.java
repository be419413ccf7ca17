package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanParticipant;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.plantask.TrackedTasks;
import vn.trienkhai.plantask.TrackedTasks.TrackedTask;
import vn.trienkhai.rollout.ProgressQueries;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutRepository;
import vn.trienkhai.rollout.RolloutStatus;
import vn.trienkhai.rollout.StageLine;
import vn.trienkhai.rollout.UnitStageProgress;
import vn.trienkhai.rollout.UnitStageProgressRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.NotFoundException;

/**
 * A plan's progress, computed when asked with the injected {@link Clock}: the latest top-level
 * rollout, every rollout cascaded from it, and the plan tasks tracked in the top one.
 */
@Service
@Transactional(readOnly = true)
class PlanProgressQueries {

    private final PlanRepository plans;
    private final RolloutRepository rollouts;
    private final UnitStageProgressRepository records;
    private final ProgressQueries progressQueries;
    private final UnitRepository units;
    private final UnitInstances instances;
    private final TrackedTasks trackedTasks;
    private final PlanReaders readers;
    private final DeadlineStandingRule rule;
    private final Clock clock;

    PlanProgressQueries(PlanRepository plans, RolloutRepository rollouts, UnitStageProgressRepository records,
                        ProgressQueries progressQueries, UnitRepository units, UnitInstances instances,
                        TrackedTasks trackedTasks, PlanReaders readers, HolidayCalendar calendar, ZoneId zone,
                        Clock clock) {
        this.plans = plans;
        this.rollouts = rollouts;
        this.records = records;
        this.progressQueries = progressQueries;
        this.units = units;
        this.instances = instances;
        this.trackedTasks = trackedTasks;
        this.readers = readers;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.clock = clock;
    }

    /**
     * The plan page: the top rollout's units with their stages and their cascades' figures, counted by the
     * database; the plan's totals and ranking over the whole tree; links for the units shown only.
     */
    PlanProgress of(long planId, CurrentUser user) {
        Plan plan = checkReadable(planId, user);
        List<Rollout> tree = tree(plan);
        Instant now = clock.instant();
        if (tree.isEmpty()) {
            return progress(plan, tree, Map.of());
        }
        Rollout top = tree.get(0);
        List<TaskRow> tasks = tasksOf(List.of(top.getId())).getOrDefault(top.getId(), List.of());
        List<RolloutRows> shown = shown(List.of(top));
        ProgressOutline outline = outline(plan, tree, tasks, shown, now);
        PlanFigures figures = outline.plan(shown.get(0));
        return new PlanProgress(plan.getId(), plan.getNumber(), plan.getSummary(), plan.getIssuingUnit().getName(),
                top.getId(), now, StageLabels.stages(), StageLabels.statuses(), figures.stageTotals().counts(),
                figures.onTimeRate(), StageLabels.taskStatuses(), figures.taskTotals().counts(), figures.units(),
                figures.ranking());
    }

    /** The whole tree, every unit nested under the unit that cascades: the Excel export. */
    PlanProgress whole(long planId, CurrentUser user) {
        Plan plan = checkReadable(planId, user);
        List<Rollout> tree = tree(plan);
        return progress(plan, tree, tasksOf(tree.stream().limit(1).map(Rollout::getId).toList()));
    }

    /**
     * The units of the cascades the unit started in the plan's tree, each with its stages and its own cascade's
     * figures; empty when it cascades nothing. 404 for an unknown unit or one the plan does not reach.
     */
    List<UnitProgress> children(long planId, String unitCode, CurrentUser user) {
        Plan plan = checkReadable(planId, user);
        if (units.findByCode(unitCode).isEmpty()) {
            throw new NotFoundException("Không tìm thấy đơn vị " + unitCode);
        }
        List<Rollout> tree = tree(plan);
        if (!progressQueries.hasUnit(tree.stream().map(Rollout::getId).toList(), unitCode)) {
            throw new NotFoundException("Đơn vị " + unitCode + " không thuộc kế hoạch này");
        }
        List<Long> treeIds = tree.stream().map(Rollout::getId).toList();
        List<Rollout> cascades = tree.stream().filter(rollout -> rollout.getParentRollout() != null
                && rollout.getLeadUnit() != null && unitCode.equals(rollout.getLeadUnit().getCode())
                && treeIds.contains(rollout.getParentRollout().getId())).toList();
        if (cascades.isEmpty()) {
            return List.of();
        }
        List<TaskRow> tasks = tasksOf(List.of(tree.get(0).getId())).getOrDefault(tree.get(0).getId(), List.of());
        List<RolloutRows> shown = shown(cascades);
        return outline(plan, tree, tasks, shown, clock.instant()).units(shown);
    }

    /** The rollouts whose units are shown, with their records. */
    private List<RolloutRows> shown(List<Rollout> rollouts) {
        Map<Long, List<Row>> rows = progressQueries.lines(rollouts.stream().map(Rollout::getId).toList()).stream()
                .collect(Collectors.groupingBy(StageLine::rolloutId, Collectors.mapping(line -> new Row(
                        line.unitCode(), line.unitName(), line.stage(), line.dueAt(), line.completedAt()),
                        Collectors.toList())));
        return rollouts.stream().map(rollout -> rows(rollout, rows.getOrDefault(rollout.getId(), List.of()))).toList();
    }

    /** Counts per unit for every rollout below the shown ones, links for the shown ones' units only. */
    private ProgressOutline outline(Plan plan, List<Rollout> tree, List<TaskRow> tasks, List<RolloutRows> shown,
                                    Instant now) {
        List<Long> shownIds = shown.stream().map(RolloutRows::rolloutId).toList();
        List<Long> below = new ArrayList<>();
        List<Rollout> under = new ArrayList<>(tree.stream().filter(rollout -> shownIds.contains(rollout.getId()))
                .toList());
        for (int i = 0; i < under.size(); i++) {
            Long parentId = under.get(i).getId();
            tree.stream().filter(rollout -> rollout.getParentRollout() != null
                    && parentId.equals(rollout.getParentRollout().getId())).forEach(child -> {
                        under.add(child);
                        below.add(child.getId());
                    });
        }
        Map<Long, Map<String, String>> links = new HashMap<>();
        tree.stream().filter(rollout -> shownIds.contains(rollout.getId())).forEach(rollout ->
                links.put(rollout.getId(), instances.ofRollout(rollout.getProcessInstanceId())));
        return new ProgressOutline(rule, now,
                (rolloutId, unitCode) -> links.getOrDefault(rolloutId, Map.of()).get(unitCode), tasks,
                protocolOrder(plan), tree.stream().map(rollout -> rows(rollout, List.of())).toList(),
                progressQueries.tallyByUnit(below, now, rule.dueSoonBefore(now)));
    }

    /** The dashboard's figures of a plan: its stages counted by the database, its tasks. */
    private PlanSummary summary(Plan plan, List<Rollout> tree, Map<Long, StatusCounts> byRollout,
                                Map<Long, List<TaskRow>> tasks, Instant now) {
        StatusCounts stages = tree.stream().map(rollout -> byRollout.get(rollout.getId()))
                .filter(Objects::nonNull).reduce(StatusCounts.of(List.of()), StatusCounts::plus);
        TaskCounts taskTotals = TaskCounts.of(tasks.getOrDefault(tree.get(0).getId(), List.of()).stream()
                .map(task -> PlanTaskStatus.of(rule.standingOf(task.dueAt(), task.completedAt(), now))).toList());
        return PlanSummary.of(plan, tree.get(0).getId(), stages, taskTotals,
                stages.tally().plus(taskTotals.tally()).rate());
    }

    /** The plan, if it exists and the user may read it; 404 or 403 otherwise. */
    Plan checkReadable(long planId, CurrentUser user) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
        readers.check(plan, user);
        return plan;
    }

    /**
     * The plans the user may read that have been rolled out, most recent first, for the dashboard: the stages of
     * all of them counted in one query, their tasks in another.
     */
    List<PlanSummary> readable(CurrentUser user) {
        Map<Plan, List<Rollout>> trees = new LinkedHashMap<>();
        plans.findAllForList().stream().filter(plan -> readers.mayRead(plan, user))
                .forEach(plan -> trees.put(plan, tree(plan)));
        trees.values().removeIf(List::isEmpty);
        Map<Long, List<TaskRow>> tasks = tasksOf(trees.values().stream().map(tree -> tree.get(0).getId()).toList());
        Instant now = clock.instant();
        Map<Long, StatusCounts> byRollout = new HashMap<>();
        progressQueries.tallyByRollout(trees.values().stream().flatMap(List::stream).map(Rollout::getId).toList(),
                now, rule.dueSoonBefore(now)).forEach(tally ->
                byRollout.put(tally.rolloutId(), ProgressOutline.counts(tally)));
        return trees.entrySet().stream()
                .map(entry -> summary(entry.getKey(), entry.getValue(), byRollout, tasks, now))
                .sorted(Comparator.comparing(PlanSummary::planId).reversed())
                .toList();
    }

    /** The running (else latest) top-level rollout first, then every rollout cascaded from it; empty before any. */
    private List<Rollout> tree(Plan plan) {
        List<Rollout> all = rollouts.findByPlanIdOrdered(plan.getId());
        return all.stream().filter(rollout -> rollout.getParentRollout() == null)
                .max(Comparator.comparing((Rollout rollout) -> rollout.getStatus() == RolloutStatus.RUNNING)
                        .thenComparing(Rollout::getId))
                .map(top -> descendants(top, all)).orElse(List.of());
    }

    private PlanProgress progress(Plan plan, List<Rollout> tree, Map<Long, List<TaskRow>> tasks) {
        Instant now = clock.instant();
        Long topId = tree.isEmpty() ? null : tree.get(0).getId();
        Map<String, Map<String, String>> byInstance = tree.isEmpty() ? Map.of()
                : instances.of(tree.get(0).getProcessInstanceId());
        Map<Long, Map<String, String>> links = new HashMap<>();
        tree.forEach(rollout -> links.put(rollout.getId(),
                byInstance.getOrDefault(rollout.getProcessInstanceId(), Map.of())));
        ProgressAssembler assembler = new ProgressAssembler(rule, now,
                (rolloutId, unitCode) -> links.getOrDefault(rolloutId, Map.of()).get(unitCode),
                tasks.getOrDefault(topId, List.of()), protocolOrder(plan));
        List<UnitStageProgress> all = tree.isEmpty() ? List.of()
                : records.findByRollouts(tree.stream().map(Rollout::getId).toList());
        Map<Long, List<Row>> rows = all.stream()
                .collect(Collectors.groupingBy(record -> record.getRollout().getId(),
                        Collectors.mapping(PlanProgressQueries::row, Collectors.toList())));
        PlanFigures figures = assembler.plan(tree.stream()
                .map(rollout -> rows(rollout, rows.getOrDefault(rollout.getId(), List.of()))).toList());
        return new PlanProgress(plan.getId(), plan.getNumber(), plan.getSummary(), plan.getIssuingUnit().getName(),
                topId, now, StageLabels.stages(), StageLabels.statuses(), figures.stageTotals().counts(),
                figures.onTimeRate(), StageLabels.taskStatuses(), figures.taskTotals().counts(), figures.units(),
                figures.ranking());
    }

    /** Each participant's place in the plan, the order the plan (and the report) lists units in. */
    private static Map<String, Integer> protocolOrder(Plan plan) {
        Map<String, Integer> order = new HashMap<>();
        List<PlanParticipant> participants = plan.getParticipants();
        for (int i = 0; i < participants.size(); i++) {
            order.putIfAbsent(participants.get(i).getUnit().getCode(), i);
        }
        return order;
    }

    private Map<Long, List<TaskRow>> tasksOf(List<Long> topRolloutIds) {
        return trackedTasks.ofRollouts(topRolloutIds).stream().collect(Collectors.groupingBy(TrackedTask::rolloutId,
                Collectors.mapping(task -> new TaskRow(task.code(), task.leadCode(), task.leadName(), task.dueAt(),
                        task.completedAt()), Collectors.toList())));
    }

    private static List<Rollout> descendants(Rollout top, List<Rollout> all) {
        List<Rollout> tree = new ArrayList<>(List.of(top));
        for (int i = 0; i < tree.size(); i++) {
            Long parentId = tree.get(i).getId();
            all.stream().filter(rollout -> rollout.getParentRollout() != null
                    && parentId.equals(rollout.getParentRollout().getId())).forEach(tree::add);
        }
        return tree;
    }

    private static RolloutRows rows(Rollout rollout, List<Row> rows) {
        return new RolloutRows(rollout.getId(),
                rollout.getParentRollout() == null ? null : rollout.getParentRollout().getId(),
                rollout.getLeadUnit() == null ? null : rollout.getLeadUnit().getCode(), rollout.getLevel(), rows);
    }

    private static Row row(UnitStageProgress record) {
        boolean done = record.getStatus() == UnitStageProgress.Status.DONE;
        return new Row(record.getUnit().getCode(), record.getUnit().getName(), record.getStage(), record.getDueAt(),
                done ? record.getCompletedAt() : null);
    }
}
