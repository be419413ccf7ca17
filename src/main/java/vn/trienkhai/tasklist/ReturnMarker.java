package vn.trienkhai.tasklist;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.xml.Element;
import vn.trienkhai.system.ModelProperties;

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

    /** Whether the variable the model names (none: never) holds a reason, i.e. the work came back. */
    static boolean isReturned(String reasonVariable, DelegateExecution execution) {
        return reasonVariable != null && execution.getVariable(reasonVariable) instanceof String text && !text.isBlank();
    }

    /** The {@code trienkhai.returnedWhen} property of a user task element, as parsed. */
    static Optional<String> reasonVariable(Element userTask) {
        return ModelProperties.of(userTask, PROPERTY);
    }
}
