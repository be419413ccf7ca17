package vn.trienkhai.notification.extension;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.EngineAuthentication;

/** Records the lead office's decision, checked again on the server (a refusal needs a comment). */
@Component
class RecordExtensionDecisionDelegate implements JavaDelegate {

    private final ExtensionService extensions;

    RecordExtensionDecisionDelegate(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<CurrentUser> user = EngineAuthentication.current(execution.getProcessEngineServices().getIdentityService());
        extensions.recordDecision((Long) execution.getVariable(ExtensionProcess.EXTENSION_ID),
                (String) execution.getVariable(ExtensionProcess.DECISION),
                (String) execution.getVariable(ExtensionProcess.DECISION_COMMENT),
                user.isEmpty() ? "system" : user.get().userId());
    }
}
