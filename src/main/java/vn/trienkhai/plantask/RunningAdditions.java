package vn.trienkhai.plantask;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.WorkVariables;

/**
 * Whether a task added to a rollout ("Giao nhiệm vụ bổ sung") still runs. Asked by plan-rollout before it
 * ends, under whoever's action brought it there: the engine's authorization check is skipped so that an
 * officer who cannot read the addition's instance does not end the plan's rollout under it.
 */
@Component
class RunningAdditions {

    private final ProcessEngine engine;

    RunningAdditions(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    boolean any(long rolloutId) {
        RuntimeService runtime = engine.getRuntimeService();
        CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        return commands.execute(context -> context.runWithoutAuthorization(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanTaskAdditionProcess.KEY)
                .variableValueEquals(WorkVariables.ROLLOUT_ID, rolloutId)
                .count() > 0));
    }
}
