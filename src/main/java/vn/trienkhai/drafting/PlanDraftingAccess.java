package vn.trienkhai.drafting;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.UnitGroupCreated;

/** Lets the officers of every unit start plan-drafting from Tasklist (idempotent, at start-up, and
 * for a unit's group as soon as it is created). */
@Component
@Order(20)
class PlanDraftingAccess implements ApplicationRunner {

    private final IdentityService identityService;
    private final AccessProvisioning access;

    PlanDraftingAccess(IdentityService identityService, AccessProvisioning access) {
        this.identityService = identityService;
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        identityService.createGroupQuery().groupType(AccessProvisioning.UNIT_GROUP_TYPE).list()
                .forEach(group -> access.grantStartPlanRollout(group.getId(), PlanDraftingProcess.KEY));
    }

    /** A unit added while the application runs may start it at once. */
    @EventListener
    void grant(UnitGroupCreated created) {
        access.grantStartPlanRollout(created.groupId(), PlanDraftingProcess.KEY);
    }
}
