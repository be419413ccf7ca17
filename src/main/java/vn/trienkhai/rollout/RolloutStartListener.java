package vn.trienkhai.rollout;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.security.EngineAuthentication;

/** Start of plan-rollout: records the rollout row and the round loop's variables. */
@Component("rolloutStartListener")
class RolloutStartListener implements ExecutionListener {

    private final RolloutService rollouts;
    private final IdentityService identityService;

    RolloutStartListener(RolloutService rollouts, IdentityService identityService) {
        this.rollouts = rollouts;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        rollouts.register(execution, EngineAuthentication.current(identityService).orElse(null));
    }
}
