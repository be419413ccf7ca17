package vn.trienkhai.notification.extension;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies a granted extension: the task's new due date and its recalculated timers. */
@Component
class ApplyExtensionDelegate implements JavaDelegate {

    private final ExtensionService extensions;

    ApplyExtensionDelegate(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        extensions.apply((Long) execution.getVariable(ExtensionProcess.EXTENSION_ID));
    }
}
