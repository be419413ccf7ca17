package vn.trienkhai.plantask;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.plan.PlanImported;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.AccessProvisioning;

/**
 * The issuing unit and the lead offices of a plan may start "Giao nhiệm vụ bổ sung" (granted when
 * the plan is imported, and again at start-up for plans imported before); which plan they may add
 * to is checked by the start form's rules.
 */
@Component
@Order(25)
class PlanTaskAdditionAccess implements ApplicationRunner {

    private final PlanRepository plans;
    private final AccessProvisioning access;

    PlanTaskAdditionAccess(PlanRepository plans, AccessProvisioning access) {
        this.plans = plans;
        this.access = access;
    }

    @EventListener
    void planImported(PlanImported plan) {
        plan.managerGroups().forEach(group -> access.grantStartPlanRollout(group, PlanTaskAdditionProcess.KEY));
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) {
        plans.findAll().stream().flatMap(plan -> PlanAccess.managerGroups(plan).stream()).distinct()
                .forEach(group -> access.grantStartPlanRollout(group, PlanTaskAdditionProcess.KEY));
    }
}
