package vn.trienkhai.rollout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.NotFoundException;

/** Read side of rollouts: the tree of a plan's rollouts, progress, the plans a lead office may start. */
@Service
@Transactional(readOnly = true)
class RolloutQueries {

    private final RolloutRepository rollouts;
    private final PlanRepository plans;
    private final ProgressRecords progress;

    RolloutQueries(RolloutRepository rollouts, PlanRepository plans, ProgressRecords progress) {
        this.rollouts = rollouts;
        this.plans = plans;
        this.progress = progress;
    }

    List<RolloutView> ofPlan(long planId, CurrentUser user) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
        PlanAccess.checkRead(plan, user);
        Map<Long, List<RolloutView>> childrenByParent = new LinkedHashMap<>();
        List<Rollout> all = new ArrayList<>(rollouts.findByPlanIdOrdered(planId));
        java.util.Collections.reverse(all);
        List<RolloutView> tops = new ArrayList<>();
        for (Rollout rollout : all) {
            RolloutView view = RolloutView.of(rollout, childrenByParent.getOrDefault(rollout.getId(), List.of()));
            if (rollout.getParentRollout() == null) {
                tops.add(0, view);
            } else {
                childrenByParent.computeIfAbsent(rollout.getParentRollout().getId(), id -> new ArrayList<>()).add(0, view);
            }
        }
        return tops;
    }

    RolloutView view(Rollout rollout) {
        return RolloutView.of(rollout, List.of());
    }

    /** Every unit's status: for the plan's managers, and for the unit that leads a cascaded rollout. */
    List<RolloutView.Progress> progress(long rolloutId, CurrentUser user) {
        Rollout rollout = rollouts.findById(rolloutId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đợt triển khai " + rolloutId));
        OrganisationUnit cascadingUnit = rollout.getLeadUnit();
        if (cascadingUnit == null || !user.isMemberOf(cascadingUnit.getCamundaGroupId())) {
            PlanAccess.checkManage(rollout.getPlan(), user, "xem tiến độ của đợt triển khai");
        }
        return progress.of(rolloutId).stream().map(RolloutView.Progress::of).toList();
    }

    /** Plans the caller manages (any plan for an administrator) that are not rolling out. */
    List<RolloutView.StartablePlan> startable(CurrentUser user) {
        return plans.findAll().stream()
                .filter(plan -> PlanAccess.mayManage(plan, user))
                .filter(plan -> !rollouts.existsByPlanIdAndParentRolloutIsNullAndStatus(plan.getId(),
                        RolloutStatus.RUNNING))
                .map(plan -> new RolloutView.StartablePlan(plan.getId(), label(plan)))
                .toList();
    }

    private static String label(Plan plan) {
        String number = plan.getNumber() == null || plan.getNumber().isBlank() ? "" : plan.getNumber() + " ";
        return number + plan.getIssuingUnit().getName() + ": " + plan.getSummary();
    }
}
