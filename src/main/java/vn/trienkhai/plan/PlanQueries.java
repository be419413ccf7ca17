package vn.trienkhai.plan;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.system.NotFoundException;

/** Read-only views of plans, each in its own transaction (open-in-view is off). */
@Service
@Transactional(readOnly = true)
class PlanQueries {

    private final PlanRepository plans;

    PlanQueries(PlanRepository plans) {
        this.plans = plans;
    }

    List<PlanView.Summary> list() {
        return plans.findAllForList().stream().map(PlanView.Summary::of).toList();
    }

    PlanView view(long id) {
        return plans.findById(id).map(PlanView::of)
                .orElseThrow(() -> new NotFoundException("Không có kế hoạch mã số " + id));
    }
}
