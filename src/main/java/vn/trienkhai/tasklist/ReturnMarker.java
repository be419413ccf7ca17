package vn.trienkhai.tasklist;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Marks in its name a task that comes back to a unit because the lead office returned the work,
 * so that it stands out in the list ("Bị trả lại: Ban hành và gửi kế hoạch của đơn vị – …"). A
 * model declares which process variable holds the reason on the user task the work returns to:
 * {@code <camunda:property name="trienkhai.returnedWhen" value="returnReason"/>}. A feature that
 * keeps the reason elsewhere (reporting keeps it with the unit's report) marks the task itself
 * with {@link #mark}.
 */
public final class ReturnMarker {

    static final String PROPERTY = "trienkhai.returnedWhen";
    public static final String PREFIX = "Bị trả lại: ";

    private ReturnMarker() {
    }

    /** Marks the task as returned work, once. */
    public static void mark(DelegateTask task) {
        if (task.getName() != null && !task.getName().startsWith(PREFIX)) {
            task.setName(PREFIX + task.getName());
        }
    }

    static boolean isReturned(DelegateTask task, DelegateExecution execution) {
        return reasonVariable(task).map(execution::getVariable)
                .filter(reason -> reason instanceof String text && !text.isBlank()).isPresent();
    }

    private static Optional<String> reasonVariable(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst();
    }
}
