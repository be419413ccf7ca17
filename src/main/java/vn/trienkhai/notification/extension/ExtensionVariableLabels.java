package vn.trienkhai.notification.extension;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.VariableLabelling;

/** The deadline-extension model's task id: an identifier, not shown. */
@Component
public class ExtensionVariableLabels implements VariableLabelling {

    @Override
    public List<Variable> variables() {
        return List.of(Variable.hidden(ExtensionProcess.TASK_ID));
    }
}
