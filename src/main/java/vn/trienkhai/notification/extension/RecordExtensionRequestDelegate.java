package vn.trienkhai.notification.extension;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.security.EngineAuthentication;
import vn.trienkhai.system.WorkVariables;

/**
 * Checks and records the officer's request; the lead office of the task's plan decides. The
 * requester is the signed-in user who submits the start form, never a variable sent with it. The
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
        String requester = EngineAuthentication.currentUserId(execution.getProcessEngineServices().getIdentityService());
        if (requester == null) {
            throw new BadUserRequestException("Người đề nghị (requester): chỉ cán bộ đã đăng nhập mới đề nghị gia hạn "
                    + "được, từ Tasklist hoặc qua ứng dụng");
        }
        execution.setVariable(ExtensionProcess.REQUESTER, requester);
        long id = extensions.recordRequest((String) execution.getVariable(ExtensionProcess.TASK_ID),
                execution.getVariable(ExtensionProcess.NEW_DUE_DATE), (String) execution.getVariable(ExtensionProcess.REASON),
                requester, execution.getProcessInstanceId());
        execution.setVariable(ExtensionProcess.EXTENSION_ID, id);
        execution.setVariables(extensions.decisionView(id));
        Long planId = WorkVariables.planId(execution);
        if (planId != null) {
            // the lead office finds the decision among the plan's work (Cockpit's "Việc chờ bạn xử lý")
            execution.setProcessBusinessKey(WorkVariables.planBusinessKey(planId));
        }
    }
}
