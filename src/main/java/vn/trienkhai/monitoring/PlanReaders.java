package vn.trienkhai.monitoring;

import org.springframework.stereotype.Component;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;

/** Who may read a plan's progress: administrators, the plan's lead offices and its issuing unit. */
@Component
class PlanReaders {

    boolean mayRead(Plan plan, CurrentUser user) {
        return PlanAccess.mayManage(plan, user);
    }

    void check(Plan plan, CurrentUser user) {
        if (!mayRead(plan, user)) {
            throw new ForbiddenException("Chỉ cơ quan ban hành, cơ quan chủ trì theo dõi và quản trị viên"
                    + " được xem tiến độ của kế hoạch này");
        }
    }
}
