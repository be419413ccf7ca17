package vn.trienkhai.reporting;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** What listeners and delegates read from the engine: the round, the user and the engine's clock. */
final class EngineContext {

    private EngineContext() {
    }

    static long roundId(VariableScope scope) {
        return ((Number) scope.getVariable(ReportingRoundProcess.ROUND_ID)).longValue();
    }

    static String unitCode(VariableScope scope) {
        return (String) scope.getVariable(ReportingRoundProcess.UNIT_CODE);
    }

    /** The engine's time, which tests move with {@code ClockUtil}. */
    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static String userId(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    static boolean isCreate(DelegateTask task) {
        return TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
    }
}
