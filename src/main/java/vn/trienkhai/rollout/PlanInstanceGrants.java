package vn.trienkhai.rollout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.system.TransactionScoped;

/**
 * Read access to a plan's process instances for the plan's issuing and lead units, granted when
 * each instance starts: the plan-rollout instance, every unit's instance, the reporting rounds and
 * the cascades below them (an instance belongs to the plan of the nearest instance above it, itself
 * included, that holds a {@code planId}). One row per instance and group, written with the
 * instance and deleted by the engine with it: a lead office reads its plans in Cockpit, and no
 * other plan. Tasks are not granted here: the office reads the tasks it is candidate for.
 */
@Component("planInstanceGrants")
class PlanInstanceGrants implements ExecutionListener {

    private final PlanRepository plans;
    private final TransactionScoped<Map<Long, List<String>>> groupsByPlan = new TransactionScoped<>(HashMap::new);

    PlanInstanceGrants(PlanRepository plans) {
        this.plans = plans;
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

    private List<String> managerGroups(long planId) {
        return groupsByPlan.get()
                .map(cache -> cache.computeIfAbsent(planId, this::load))
                .orElseGet(() -> load(planId));
    }

    private List<String> load(long planId) {
        return plans.findById(planId).map(PlanAccess::managerGroups).orElse(List.of());
    }
}
