package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutRepository;
import vn.trienkhai.rollout.RolloutStatus;
import vn.trienkhai.rollout.UnitStageProgress;
import vn.trienkhai.rollout.UnitStageProgressRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.NotFoundException;

/**
 * A plan's progress, computed when asked with the injected {@link Clock}: the latest top-level
 * rollout and every rollout cascaded from it.
 */
@Service
@Transactional(readOnly = true)
class PlanProgressQueries {

    private final PlanRepository plans;
    private final RolloutRepository rollouts;
    private final UnitStageProgressRepository records;
    private final UnitInstances instances;
    private final PlanReaders readers;
    private final DeadlineStandingRule rule;
    private final Clock clock;

    PlanProgressQueries(PlanRepository plans, RolloutRepository rollouts, UnitStageProgressRepository records,
                        UnitInstances instances, PlanReaders readers, HolidayCalendar calendar, ZoneId zone,
                        Clock clock) {
        this.plans = plans;
        this.rollouts = rollouts;
        this.records = records;
        this.instances = instances;
        this.readers = readers;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.clock = clock;
    }

    PlanProgress of(long planId, CurrentUser user) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
        readers.check(plan, user);
        return progress(plan);
    }

    /** The plans the user may read that have been rolled out, most recent first. */
    List<PlanProgress> readable(CurrentUser user) {
        return plans.findAllForList().stream()
                .filter(plan -> readers.mayRead(plan, user))
                .map(this::progress)
                .filter(progress -> progress.rolloutId() != null)
                .sorted(Comparator.comparing(PlanProgress::planId).reversed())
                .toList();
    }

    private PlanProgress progress(Plan plan) {
        Instant now = clock.instant();
        List<Rollout> all = rollouts.findByPlanIdOrdered(plan.getId());
        Optional<Rollout> top = all.stream().filter(rollout -> rollout.getParentRollout() == null)
                .max(Comparator.comparing((Rollout rollout) -> rollout.getStatus() == RolloutStatus.RUNNING)
                        .thenComparing(Rollout::getId));
        List<UnitProgress> units = List.of();
        if (top.isPresent()) {
            List<Rollout> tree = descendants(top.get(), all);
            Map<Long, Map<String, String>> links = new HashMap<>();
            tree.forEach(rollout -> links.put(rollout.getId(), instances.of(rollout.getProcessInstanceId())));
            ProgressAssembler assembler = new ProgressAssembler(rule, now,
                    (rolloutId, unitCode) -> links.getOrDefault(rolloutId, Map.of()).get(unitCode));
            List<RolloutRows> input = tree.stream().map(this::rows).toList();
            units = assembler.units(input.get(0), input);
        }
        StatusCounts totals = ProgressAssembler.subtree(units);
        return new PlanProgress(plan.getId(), plan.getNumber(), plan.getSummary(), plan.getIssuingUnit().getName(),
                top.map(Rollout::getId).orElse(null), now, StageLabels.stages(), StageLabels.statuses(),
                totals.counts(), totals.onTimeRate(), units);
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

    private RolloutRows rows(Rollout rollout) {
        List<Row> rows = records.findByRollout(rollout.getId()).stream().map(PlanProgressQueries::row).toList();
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
