package vn.trienkhai.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanParticipant;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.plantask.TrackedTasks;
import vn.trienkhai.plantask.TrackedTasks.TrackedTask;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutRepository;
import vn.trienkhai.rollout.RolloutStatus;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.NotFoundException;

/**
 * What every progress answer starts from: the plan the caller may read, the rollouts of its tree (the running, else
 * latest, top-level rollout first, then every rollout cascaded from it) and the plan tasks tracked in the top one.
 */
@Component
@Transactional(readOnly = true)
class PlanTrees {

    private final PlanRepository plans;
    private final RolloutRepository rollouts;
    private final TrackedTasks trackedTasks;
    private final PlanReaders readers;

    PlanTrees(PlanRepository plans, RolloutRepository rollouts, TrackedTasks trackedTasks, PlanReaders readers) {
        this.plans = plans;
        this.rollouts = rollouts;
        this.trackedTasks = trackedTasks;
        this.readers = readers;
    }

    /** The plan, if it exists and the user may read it; 404 or 403 otherwise. */
    Plan readable(long planId, CurrentUser user) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
        readers.check(plan, user);
        return plan;
    }

    /** Every plan the user may read, most recent first in the repository's list order. */
    List<Plan> readableBy(CurrentUser user) {
        return plans.findAllForList().stream().filter(plan -> readers.mayRead(plan, user)).toList();
    }

    /** The running (else latest) top-level rollout first, then every rollout cascaded from it; empty before any. */
    List<Rollout> of(Plan plan) {
        List<Rollout> all = rollouts.findByPlanIdOrdered(plan.getId());
        return all.stream().filter(rollout -> rollout.getParentRollout() == null)
                .max(Comparator.comparing((Rollout rollout) -> rollout.getStatus() == RolloutStatus.RUNNING)
                        .thenComparing(Rollout::getId))
                .map(top -> descendants(top, all)).orElse(List.of());
    }

    /** The tasks tracked in the tree's top rollout; none before a rollout. */
    List<TaskRow> tasksOf(List<Rollout> tree) {
        return tree.isEmpty() ? List.of()
                : tasksByRollout(List.of(tree.get(0).getId())).getOrDefault(tree.get(0).getId(), List.of());
    }

    /** The tasks tracked in each of the top rollouts. */
    Map<Long, List<TaskRow>> tasksByRollout(List<Long> topRolloutIds) {
        return trackedTasks.ofRollouts(topRolloutIds).stream().collect(Collectors.groupingBy(TrackedTask::rolloutId,
                Collectors.mapping(task -> new TaskRow(task.code(), task.leadCode(), task.leadName(), task.dueAt(),
                        task.completedAt()), Collectors.toList())));
    }

    /** The rollout as the assemblers read it, with the records given. */
    static RolloutRows rows(Rollout rollout, List<Row> rows) {
        return new RolloutRows(rollout.getId(),
                rollout.getParentRollout() == null ? null : rollout.getParentRollout().getId(),
                rollout.getLeadUnit() == null ? null : rollout.getLeadUnit().getCode(), rollout.getLevel(), rows);
    }

    static List<Long> ids(List<Rollout> rollouts) {
        return rollouts.stream().map(Rollout::getId).toList();
    }

    /** Each participant's place in the plan, the order the plan (and the report) lists units in. */
    static Map<String, Integer> protocolOrder(Plan plan) {
        Map<String, Integer> order = new HashMap<>();
        List<PlanParticipant> participants = plan.getParticipants();
        for (int i = 0; i < participants.size(); i++) {
            order.putIfAbsent(participants.get(i).getUnit().getCode(), i);
        }
        return order;
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
}
