package vn.trienkhai.plantask;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.NotFoundException;

/**
 * The plan's tasks and their status. Administrators, the issuing unit and the lead offices see every
 * task; an officer sees the tasks its unit leads or helps with, and none of another unit's.
 */
@RestController
class PlanTaskController {

    private final PlanRepository plans;
    private final PlanTaskQueries queries;

    PlanTaskController(PlanRepository plans, PlanTaskQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    @GetMapping("/api/plans/{planId}/tasks")
    @Transactional(readOnly = true)
    public List<PlanTaskView> tasks(@PathVariable long planId, CurrentUser user) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
        List<PlanTaskView> tasks = queries.tasksOf(planId);
        if (readsEverything(plan, user)) {
            return tasks;
        }
        List<PlanTaskView> own = tasks.stream().filter(task -> concerns(task, user)).toList();
        if (own.isEmpty()) {
            throw new ForbiddenException("Đơn vị của bạn không chủ trì hay phối hợp nhiệm vụ nào của kế hoạch này;"
                    + " chỉ cơ quan ban hành, cơ quan chủ trì theo dõi và quản trị viên xem được mọi nhiệm vụ");
        }
        return own;
    }

    static boolean readsEverything(Plan plan, CurrentUser user) {
        return user.isMemberOf(Groups.CAMUNDA_ADMIN) || isMember(plan.getIssuingUnit(), user)
                || plan.getLeadUnits().stream().anyMatch(lead -> isMember(lead, user));
    }

    private static boolean concerns(PlanTaskView task, CurrentUser user) {
        return user.isMemberOf(OrganisationUnit.groupIdFor(task.lead().code()))
                || task.coordinating().stream().anyMatch(unit -> user.isMemberOf(OrganisationUnit.groupIdFor(unit.code())));
    }

    private static boolean isMember(OrganisationUnit unit, CurrentUser user) {
        return unit.getCamundaGroupId() != null && user.isMemberOf(unit.getCamundaGroupId());
    }
}
