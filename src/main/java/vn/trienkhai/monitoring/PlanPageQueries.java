package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.rollout.ProgressQueries;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.StageLine;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.NotFoundException;

/**
 * The Cockpit plan page: its first answer (the top rollout's units with their stages and their cascades' figures,
 * the plan's totals and the head of the ranking over the whole tree) and a unit's cascade when the page opens it.
 * Below the units shown the database counts, the records are not loaded; links are read for the units shown only.
 */
@Service
@Transactional(readOnly = true)
class PlanPageQueries {

    private final PlanTrees trees;
    private final ProgressQueries progressQueries;
    private final UnitRepository units;
    private final UnitInstances instances;
    private final DeadlineStandingRule rule;
    private final Clock clock;

    PlanPageQueries(PlanTrees trees, ProgressQueries progressQueries, UnitRepository units, UnitInstances instances,
                    HolidayCalendar calendar, ZoneId zone, Clock clock) {
        this.trees = trees;
        this.progressQueries = progressQueries;
        this.units = units;
        this.instances = instances;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.clock = clock;
    }

    /** The page's first answer; a plan not rolled out yet has no units. */
    PlanProgress of(long planId, CurrentUser user) {
        Plan plan = trees.readable(planId, user);
        List<Rollout> tree = trees.of(plan);
        Instant now = clock.instant();
        if (tree.isEmpty()) {
            return PlanProgress.of(plan, null, now, new ProgressAssembler(rule, now, (rollout, unit) -> null,
                    List.of()).plan(List.of()));
        }
        Rollout top = tree.get(0);
        List<RolloutRows> shown = shown(List.of(top));
        return PlanProgress.of(plan, top.getId(), now,
                outline(plan, tree, trees.tasksOf(tree), shown, now).plan(shown.get(0)));
    }

    /**
     * The units of the cascades the unit started in the plan's tree, each with its stages and its own cascade's
     * figures; empty when it cascades nothing. 404 for an unknown unit or one the plan does not reach.
     */
    List<UnitProgress> children(long planId, String unitCode, CurrentUser user) {
        Plan plan = trees.readable(planId, user);
        if (units.findByCode(unitCode).isEmpty()) {
            throw new NotFoundException("Không tìm thấy đơn vị " + unitCode);
        }
        List<Rollout> tree = trees.of(plan);
        List<Long> treeIds = PlanTrees.ids(tree);
        if (!progressQueries.hasUnit(treeIds, unitCode)) {
            throw new NotFoundException("Đơn vị " + unitCode + " không thuộc kế hoạch này");
        }
        List<Rollout> cascades = tree.stream().filter(rollout -> rollout.getParentRollout() != null
                && rollout.getLeadUnit() != null && unitCode.equals(rollout.getLeadUnit().getCode())
                && treeIds.contains(rollout.getParentRollout().getId())).toList();
        if (cascades.isEmpty()) {
            return List.of();
        }
        List<RolloutRows> shown = shown(cascades);
        return outline(plan, tree, trees.tasksOf(tree), shown, clock.instant()).units(shown);
    }

    /** The rollouts whose units are shown, with their records. */
    private List<RolloutRows> shown(List<Rollout> rollouts) {
        Map<Long, List<Row>> rows = progressQueries.lines(PlanTrees.ids(rollouts)).stream()
                .collect(Collectors.groupingBy(StageLine::rolloutId, Collectors.mapping(line -> new Row(
                        line.unitCode(), line.unitName(), line.stage(), line.dueAt(), line.completedAt()),
                        Collectors.toList())));
        return rollouts.stream()
                .map(rollout -> PlanTrees.rows(rollout, rows.getOrDefault(rollout.getId(), List.of()))).toList();
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
                PlanTrees.protocolOrder(plan), tree.stream().map(rollout -> PlanTrees.rows(rollout, List.of())).toList(),
                progressQueries.tallyByUnit(below, now, rule.dueSoonBefore(now)));
    }
}
