package vn.trienkhai.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.trienkhai.security.EngineAuthentication;

/** What listeners and delegates read from the engine: the round and the user. */
final class EngineContext {

    private EngineContext() {
    }

    static long roundId(VariableScope scope) {
        return ((Number) scope.getVariable(ReportingRoundProcess.ROUND_ID)).longValue();
    }

    static String unitCode(VariableScope scope) {
        return (String) scope.getVariable(ReportingRoundProcess.UNIT_CODE);
    }


    static String userId(DelegateTask task) {
        return EngineAuthentication.currentUserId(task.getProcessEngineServices().getIdentityService());
    }

    static boolean isCreate(DelegateTask task) {
        return TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
    }
}
