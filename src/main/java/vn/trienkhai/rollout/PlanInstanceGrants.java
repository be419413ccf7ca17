package vn.trienkhai.rollout;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.system.ExpiringCache;

/**
 * Read access to a plan's process instances for the plan's issuing and lead units, granted when
 * each instance starts: the plan-rollout instance, every unit's instance, the reporting rounds and
 * the cascades below them (an instance belongs to the plan of the nearest instance above it, itself
 * included, that holds a {@code planId}). One row per instance and group, written with the
 * instance and deleted by the engine with it: a lead office reads its plans in Cockpit, and no
 * other plan. Tasks are not granted here: the office reads the tasks it is candidate for.
 *
 * <p>A rollout starts each unit's instance in its own job and transaction, so the plan's manager
 * groups are kept for a while on each node rather than read once per unit: a plan's issuing and
 * lead units do not change after its import.
 */
@Component("planInstanceGrants")
class PlanInstanceGrants implements ExecutionListener {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    private final PlanRepository plans;
    private final ExpiringCache<Long, List<String>> groupsByPlan;

    @Autowired
    PlanInstanceGrants(PlanRepository plans) {
        this(plans, new ExpiringCache<>(TIME_TO_LIVE, MAX_ENTRIES));
    }

    PlanInstanceGrants(PlanRepository plans, ExpiringCache<Long, List<String>> groupsByPlan) {
        this.plans = plans;
        this.groupsByPlan = groupsByPlan;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
        Long planId = planOf(instance);
        if (planId == null) {
            return;
        }
        for (String group : managerGroups(planId)) {
            AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(instance.getId());
            grant.addPermission(Permissions.READ);
            Context.getCommandContext().getDbEntityManager().insert(grant);
        }
    }

    private static Long planOf(ExecutionEntity instance) {
        for (ExecutionEntity current = instance; current != null; current = superInstance(current)) {
            if (current.getVariableLocal(PlanRolloutProcess.PLAN_ID) instanceof Number planId) {
                return planId.longValue();
            }
        }
        return null;
    }

    private static ExecutionEntity superInstance(ExecutionEntity instance) {
        ExecutionEntity superExecution = instance.getSuperExecution();
        return superExecution == null ? null : superExecution.getProcessInstance();
    }

    List<String> managerGroups(long planId) {
        List<String> groups = groupsByPlan.get(planId, this::load);
        return groups == null ? List.of() : groups;
    }

    /** Null for a plan not (or not yet visibly) there, which is then not kept. */
    private List<String> load(long planId) {
        return plans.findById(planId).map(PlanAccess::managerGroups).orElse(null);
    }
}
