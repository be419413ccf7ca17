package vn.trienkhai.rollout;

import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.system.EngineClock;

/**
 * The demo: the Ái Quốc plan (issued by AQ-UBND, stage deadlines relative to the rollout day)
 * rolls out at start-up with today as its rollout date, so every officer has live tasks. Only
 * once: a plan that has any rollout is left alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "trienkhai.demo.enabled", havingValue = "true")
class DemoRollout implements ApplicationRunner {

    static final String DEMO_ISSUING_UNIT = "AQ-UBND";

    private static final Logger log = LoggerFactory.getLogger(DemoRollout.class);

    private final PlanRepository plans;
    private final RolloutRepository rollouts;
    private final RolloutService service;
    private final ZoneId zone;

    DemoRollout(PlanRepository plans, RolloutRepository rollouts, RolloutService service, ZoneId zone) {
        this.plans = plans;
        this.rollouts = rollouts;
        this.service = service;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        plans.findAllForList().stream()
                .filter(plan -> DEMO_ISSUING_UNIT.equals(plan.getIssuingUnit().getCode()))
                .map(Plan::getId)
                .filter(planId -> rollouts.findByPlanIdOrdered(planId).isEmpty())
                .findFirst()
                .ifPresent(this::rollOut);
    }

    private void rollOut(Long planId) {
        LocalDate today = EngineClock.today(zone);
        Rollout rollout = service.start(planId, today);
        log.info("Demo plan {} rolled out as rollout {} (instance {})", planId, rollout.getId(),
                rollout.getProcessInstanceId());
    }
}
