package vn.trienkhai.notification.extension;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records the officer's request; the lead office of the task's plan decides. The
 * decision form reads the unit, the task and both dates by name ({@code decisionView}), and the
 * decision task is named after the unit and plan ({@code planId}, {@code unitCode}).
 */
@Component
class RecordExtensionRequestDelegate implements JavaDelegate {

    private final ExtensionService extensions;

    RecordExtensionRequestDelegate(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = extensions.recordRequest((String) execution.getVariable(ExtensionProcess.TASK_ID),
                execution.getVariable(ExtensionProcess.NEW_DUE_DATE), (String) execution.getVariable(ExtensionProcess.REASON),
                (String) execution.getVariable(ExtensionProcess.REQUESTER), execution.getProcessInstanceId());
        execution.setVariable(ExtensionProcess.EXTENSION_ID, id);
        execution.setVariable(ExtensionProcess.LEAD_GROUPS, extensions.leadGroups(id));
        execution.setVariables(extensions.decisionView(id));
    }
}
