package vn.trienkhai.drafting;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * A refused issue rolls back the whole completion, variables included. The reason is written in a
 * transaction of its own so that the clerk's form finds it filled in under «Trả lại người soạn
 * thảo» when the clerk cannot fix the plan.
 */
final class RefusalNote {

    private RefusalNote() {
    }

    static void keep(DelegateTask task, String name, String reason) {
        String executionId = task.getExecutionId();
        Context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew().execute(context -> {
            // The clerk may complete the task but not write process variables; this is the engine's note.
            context.disableAuthorizationCheck();
            try {
                return new SetExecutionVariablesCmd(executionId, Map.of(name, reason), false).execute(context);
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }
}
