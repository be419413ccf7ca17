package vn.trienkhai.notification;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The timer of one ladder step on a user task: a timeout task listener's timer whose date comes
 * from {@code taskTimers}. A task whose due date turns out empty at run time gets no timer.
 */
final class LadderTimerDeclaration extends TimerDeclarationImpl {

    private static final long serialVersionUID = 1L;

    LadderTimerDeclaration(Expression expression, TimerDeclarationType type) {
        super(expression, type, TimerTaskListenerJobHandler.TYPE);
    }

    @Override
    public TimerEntity createTimerInstance(ExecutionEntity execution) {
        return description.getValue(execution) == null ? null : super.createTimerInstance(execution);
    }
}
