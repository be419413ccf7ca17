package vn.trienkhai.tasklist;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds {@link TaskSubjectListener} as a built-in create listener (run before the model's own) to
 * every user task whose model gives a fixed name, so that every model, present or future, gets
 * named tasks. A model that computes its task's name (an expression) keeps it.
 */
final class TaskSubjectParseListener extends AbstractBpmnParseListener {

    private final TaskSubjectListener listener;

    TaskSubjectParseListener(TaskSubjectListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        TaskDefinition definition = behavior.getTaskDefinition();
        if (!isFixed(definition.getNameExpression())) {
            return;
        }
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                ReturnMarker.reasonVariable(userTaskElement).map(listener::markingReturnsIn).orElse(listener));
    }

    private static boolean isFixed(Expression name) {
        String text = name == null ? null : name.getExpressionText();
        return text != null && !text.contains("${") && !text.contains("#{");
    }
}
