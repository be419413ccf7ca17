package vn.trienkhai.notification;

import java.util.Map;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * The timer of one ladder step on a user task: a timeout task listener's timer whose date comes
 * from {@code taskTimers}. The steps are chained: when the task's scope starts the engine creates
 * the first step's timer only, and each step arms the next when it fires, so a task carries one
 * pending ladder timer. A task whose due date turns out empty at run time gets no timer.
 */
final class LadderTimerDeclaration extends TimerDeclarationImpl {

    private static final long serialVersionUID = 1L;

    private final EscalationLevel level;

    LadderTimerDeclaration(Expression expression, TimerDeclarationType type, EscalationLevel level) {
        super(expression, type, TimerTaskListenerJobHandler.TYPE);
        this.level = level;
    }

    /** Called by the engine when the task's scope starts: only the first step gets its timer then. */
    @Override
    public TimerEntity createTimerInstance(ExecutionEntity execution) {
        return level == EscalationLevel.first() ? arm(execution) : null;
    }

    /** Creates this step's timer on the task's scope execution, unless the task has no due date. */
    TimerEntity arm(ExecutionEntity execution) {
        return description.getValue(execution) == null ? null : super.createTimerInstance(execution);
    }

    /** Creates the timer of a step of the task whose scope execution this is; false when there is none. */
    static boolean arm(ExecutionEntity execution, EscalationLevel step) {
        ActivityImpl activity = execution.getActivity();
        Map<String, TimerDeclarationImpl> declarations = getTimeoutListenerDeclarationsForScope(activity.getEventScope())
                .get(activity.getId());
        TimerDeclarationImpl declaration = declarations == null ? null : declarations.get(step.listenerId());
        return declaration instanceof LadderTimerDeclaration ladder && ladder.arm(execution) != null;
    }
}
