package vn.trienkhai.rollout;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.plan.PlanImported;
import vn.trienkhai.security.AccessProvisioning;

/**
 * When a plan is imported, its issuing and lead units may start plan-rollout (from Tasklist or the
 * API; {@link RolloutService} checks that the plan is theirs) and open Tasklist and Cockpit. What
 * they may read of the plan's instances is granted when it rolls out ({@link PlanInstanceGrants}).
 */
@Component
class RolloutAccess {

    private final AccessProvisioning access;

    RolloutAccess(AccessProvisioning access) {
        this.access = access;
    }

    @EventListener
    void planImported(PlanImported plan) {
        for (String group : plan.managerGroups()) {
            access.grantStartPlanRollout(group, PlanRolloutProcess.KEY);
            access.grantLeadOffice(group);
        }
    }
}
