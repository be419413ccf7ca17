package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.monitoring.UnitRanking.UnitRank;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.UnitStageProgress;
import vn.trienkhai.rollout.UnitStageProgressRepository;
import vn.trienkhai.security.CurrentUser;

/** The Excel export: the whole tree, every unit nested under the unit that cascades, and the whole ranking. */
@Service
@Transactional(readOnly = true)
class ExportQueries {

    private final PlanTrees trees;
    private final UnitStageProgressRepository records;
    private final UnitInstances instances;
    private final DeadlineStandingRule rule;
    private final Clock clock;

    ExportQueries(PlanTrees trees, UnitStageProgressRepository records, UnitInstances instances,
                  HolidayCalendar calendar, ZoneId zone, Clock clock) {
        this.trees = trees;
        this.records = records;
        this.instances = instances;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.clock = clock;
    }

    /** The progress with its units nested at every depth; {@code ranking} is the whole of it, not its head. */
    record WholeProgress(PlanProgress progress, List<UnitRank> ranking) {
    }

    WholeProgress whole(long planId, CurrentUser user) {
        Plan plan = trees.readable(planId, user);
        List<Rollout> tree = trees.of(plan);
        Instant now = clock.instant();
        Long topId = tree.isEmpty() ? null : tree.get(0).getId();
        Map<String, Map<String, String>> byInstance = tree.isEmpty() ? Map.of()
                : instances.of(tree.get(0).getProcessInstanceId());
        Map<Long, Map<String, String>> links = new HashMap<>();
        tree.forEach(rollout -> links.put(rollout.getId(),
                byInstance.getOrDefault(rollout.getProcessInstanceId(), Map.of())));
        ProgressAssembler assembler = new ProgressAssembler(rule, now,
                (rolloutId, unitCode) -> links.getOrDefault(rolloutId, Map.of()).get(unitCode), trees.tasksOf(tree),
                PlanTrees.protocolOrder(plan));
        List<UnitStageProgress> all = tree.isEmpty() ? List.of() : records.findByRollouts(PlanTrees.ids(tree));
        Map<Long, List<Row>> rows = all.stream()
                .collect(Collectors.groupingBy(record -> record.getRollout().getId(),
                        Collectors.mapping(ExportQueries::row, Collectors.toList())));
        PlanFigures figures = assembler.plan(tree.stream()
                .map(rollout -> PlanTrees.rows(rollout, rows.getOrDefault(rollout.getId(), List.of()))).toList());
        return new WholeProgress(PlanProgress.of(plan, topId, now, figures), figures.ranking());
    }

    private static Row row(UnitStageProgress record) {
        boolean done = record.getStatus() == UnitStageProgress.Status.DONE;
        return new Row(record.getUnit().getCode(), record.getUnit().getName(), record.getStage(), record.getDueAt(),
                done ? record.getCompletedAt() : null);
    }
}
