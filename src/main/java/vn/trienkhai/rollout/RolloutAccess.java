package vn.trienkhai.rollout;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.AccessProvisioning;

/**
 * At start-up, after the demo data: every plan's lead offices may start plan-rollout (from
 * Tasklist or the API) and monitor it. Idempotent.
 */
@Component
@Order(20)
class RolloutAccess implements ApplicationRunner {

    private final PlanRepository plans;
    private final AccessProvisioning access;

    RolloutAccess(PlanRepository plans, AccessProvisioning access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Plan plan : plans.findAll()) {
            for (OrganisationUnit lead : plan.getLeadUnits()) {
                access.grantStartPlanRollout(lead.getCamundaGroupId(), PlanRolloutProcess.KEY);
                access.grantLeadOffice(lead.getCamundaGroupId());
            }
        }
    }
}
