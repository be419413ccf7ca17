package vn.trienkhai.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The timeout listener of one ladder step: hands the task to the notifier, then arms the next step. */
final class EscalationTaskListener implements TaskListener {

    private final EscalationLevel level;
    private final Supplier<EscalationNotifier> notifier;

    EscalationTaskListener(EscalationLevel level, Supplier<EscalationNotifier> notifier) {
        this.level = level;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        notifier.get().notify(task, level);
        level.next().ifPresent(next -> LadderTimerDeclaration.arm(((TaskEntity) task).getExecution(), next));
    }
}
