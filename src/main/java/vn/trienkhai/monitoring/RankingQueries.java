package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.monitoring.UnitRanking.Figures;
import vn.trienkhai.monitoring.UnitRanking.RankingPage;
import vn.trienkhai.monitoring.UnitRanking.UnitRank;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.rollout.ProgressQueries;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.StageTally;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.InvalidDocumentException;

/**
 * The whole ranking of a plan's units (every unit of the tree and every lead of a task), a page at a time: the plan
 * page's first answer carries only its head. Counted by the database over the whole tree at the request's instant,
 * ranked by {@link UnitRanking} as the first answer ranks them.
 */
@Service
@Transactional(readOnly = true)
class RankingQueries {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final PlanTrees trees;
    private final ProgressQueries progressQueries;
    private final DeadlineStandingRule rule;
    private final Clock clock;

    RankingQueries(PlanTrees trees, ProgressQueries progressQueries, HolidayCalendar calendar, ZoneId zone,
                   Clock clock) {
        this.trees = trees;
        this.progressQueries = progressQueries;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.clock = clock;
    }

    /**
     * Lines {@code offset} to {@code offset + limit - 1} (from 0) of the plan's ranking; past the end, none. 403/404 as
     * the progress itself; 400 naming the parameter for an offset below 0 or a limit outside 1 to {@link #MAX_LIMIT}.
     */
    RankingPage page(long planId, int offset, int limit, CurrentUser user) {
        Plan plan = trees.readable(planId, user);
        if (offset < 0) {
            throw new InvalidDocumentException("offset", "tham số offset phải là số nguyên từ 0 trở lên");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidDocumentException("limit", "tham số limit phải là số nguyên từ 1 đến " + MAX_LIMIT);
        }
        List<Rollout> tree = trees.of(plan);
        Instant now = clock.instant();
        List<StageTally> tallies = progressQueries.tallyByUnit(PlanTrees.ids(tree), now, rule.dueSoonBefore(now));
        return UnitRanking.page(ranking(tallies, trees.tasksOf(tree), rule, now), offset, limit);
    }

    /** The ranking over the whole tree: each unit's stages as counted per rollout, the plan tasks by their lead. */
    static List<UnitRank> ranking(List<StageTally> tallies, List<TaskRow> tasks, DeadlineStandingRule rule,
                                  Instant now) {
        List<Figures> figures = new ArrayList<>(tallies.stream().map(UnitRanking::of).toList());
        tasks.forEach(task -> figures.add(UnitRanking.of(task,
                PlanTaskStatus.of(rule.standingOf(task.dueAt(), task.completedAt(), now)))));
        return UnitRanking.of(figures);
    }
}
