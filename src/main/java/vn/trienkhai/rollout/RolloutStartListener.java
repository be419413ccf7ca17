package vn.trienkhai.rollout;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.trienkhai.security.CurrentUser;

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
        Authentication authentication = identityService.getCurrentAuthentication();
        rollouts.register(execution, authentication == null ? null
                : new CurrentUser(authentication.getUserId(),
                        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds()));
    }
}
