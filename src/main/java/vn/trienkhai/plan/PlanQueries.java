package vn.trienkhai.plan;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.NotFoundException;

/** Read-only views of plans, each in its own transaction (open-in-view is off). */
@Service
@Transactional(readOnly = true)
class PlanQueries {

    private final PlanRepository plans;

    PlanQueries(PlanRepository plans) {
        this.plans = plans;
    }

    /** The plans the user may read (every plan for an administrator). */
    List<PlanView.Summary> list(CurrentUser user) {
        return plans.findAllForList().stream().filter(plan -> PlanAccess.mayRead(plan, user))
                .map(PlanView.Summary::of).toList();
    }

    PlanView view(long id, CurrentUser user) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("Không có kế hoạch mã số " + id));
        PlanAccess.checkRead(plan, user);
        return PlanView.of(plan);
    }
}
