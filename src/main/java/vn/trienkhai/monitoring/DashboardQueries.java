package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.rollout.ProgressQueries;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.security.CurrentUser;

/**
 * The Cockpit dashboard: the plans the user may read that have been rolled out, most recent first, the stages of all
 * of them counted in one query, their tasks read in another; no record, link or ranking.
 */
@Service
@Transactional(readOnly = true)
class DashboardQueries {

    private final PlanTrees trees;
    private final ProgressQueries progressQueries;
    private final DeadlineStandingRule rule;
    private final Clock clock;

    DashboardQueries(PlanTrees trees, ProgressQueries progressQueries, HolidayCalendar calendar, ZoneId zone,
                     Clock clock) {
        this.trees = trees;
        this.progressQueries = progressQueries;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.clock = clock;
    }

    List<PlanSummary> readable(CurrentUser user) {
        Map<Plan, List<Rollout>> byPlan = new LinkedHashMap<>();
        trees.readableBy(user).forEach(plan -> byPlan.put(plan, trees.of(plan)));
        byPlan.values().removeIf(List::isEmpty);
        Map<Long, List<TaskRow>> tasks = trees.tasksByRollout(byPlan.values().stream()
                .map(tree -> tree.get(0).getId()).toList());
        Instant now = clock.instant();
        Map<Long, StatusCounts> byRollout = new HashMap<>();
        progressQueries.tallyByRollout(byPlan.values().stream().flatMap(List::stream).map(Rollout::getId).toList(),
                now, rule.dueSoonBefore(now)).forEach(tally ->
                byRollout.put(tally.rolloutId(), ProgressOutline.counts(tally)));
        return byPlan.entrySet().stream()
                .map(entry -> summary(entry.getKey(), entry.getValue(), byRollout, tasks, now))
                .sorted(Comparator.comparing(PlanSummary::planId).reversed())
                .toList();
    }

    /** A plan's figures: its stages counted by the database, its tasks. */
    private PlanSummary summary(Plan plan, List<Rollout> tree, Map<Long, StatusCounts> byRollout,
                                Map<Long, List<TaskRow>> tasks, Instant now) {
        StatusCounts stages = tree.stream().map(rollout -> byRollout.get(rollout.getId()))
                .filter(Objects::nonNull).reduce(StatusCounts.of(List.of()), StatusCounts::plus);
        TaskCounts taskTotals = TaskCounts.of(tasks.getOrDefault(tree.get(0).getId(), List.of()).stream()
                .map(task -> PlanTaskStatus.of(rule.standingOf(task.dueAt(), task.completedAt(), now))).toList());
        return PlanSummary.of(plan, tree.get(0).getId(), stages, taskTotals,
                stages.tally().plus(taskTotals.tally()).rate());
    }
}
