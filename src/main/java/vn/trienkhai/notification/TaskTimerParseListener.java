package vn.trienkhai.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import vn.trienkhai.system.ModelProperties;

/**
 * Gives each user task that declares it escalates
 * ({@code <camunda:property name="trienkhai.escalation" value="ladder"/>}, beside its due date) the
 * ladder's timeout task listeners, as if the model declared them: the task becomes a scope (so
 * completing it deletes its timer) and each step gets a timer whose date comes from
 * {@code ${taskTimers.dueAt(execution, 'STEP')}}, one step at a time (see {@link LadderTimerDeclaration}).
 * A model that declares the ladder on a task without a due date, or another value, is refused at deployment.
 */
final class TaskTimerParseListener extends AbstractBpmnParseListener {

    static final String TIMER_BEAN = "taskTimers";
    /** The model property that says whether a user task escalates: {@value #LADDER} or {@value #NONE}. */
    static final String ESCALATION_PROPERTY = "trienkhai.escalation";
    static final String LADDER = "ladder";
    static final String NONE = "none";

    private final Supplier<EscalationNotifier> notifier;

    TaskTimerParseListener(Supplier<EscalationNotifier> notifier) {
        this.notifier = notifier;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        String escalation = ModelProperties.of(userTaskElement, ESCALATION_PROPERTY).orElse(NONE);
        if (NONE.equals(escalation)) {
            return;
        }
        TaskDefinition definition = behavior.getTaskDefinition();
        if (!LADDER.equals(escalation) || definition.getDueDateExpression() == null) {
            throw new ProcessEngineException("User task " + activity.getId() + ": " + ESCALATION_PROPERTY + " must be '"
                    + LADDER + "' on a task with a camunda:dueDate, or '" + NONE + "'; found '" + escalation + "'");
        }
        activity.setScope(true);
        activity.setEventScope(activity);
        ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
        for (EscalationLevel level : EscalationLevel.values()) {
            definition.addTimeoutTaskListener(level.listenerId(), new EscalationTaskListener(level, notifier));
            declare(activity, level, expressions);
        }
    }

    private static void declare(ActivityImpl activity, EscalationLevel level, ExpressionManager expressions) {
        String expression = "${" + TIMER_BEAN + ".dueAt(execution, '" + level.name() + "')}";
        TimerDeclarationType type = level == EscalationLevel.REPEAT ? TimerDeclarationType.CYCLE : TimerDeclarationType.DATE;
        TimerDeclarationImpl timer = new LadderTimerDeclaration(expressions.createExpression(expression), type, level);
        timer.setActivity(activity);
        timer.setEventScopeActivityId(activity.getId());
        timer.setJobConfiguration(type + ": " + expression);
        timer.setRawJobHandlerConfiguration(activity.getId() + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
                + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + level.listenerId());
        Map<String, Map<String, TimerDeclarationImpl>> all =
                activity.getProperties().get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
        Map<String, TimerDeclarationImpl> ofActivity = all == null ? null : all.get(activity.getId());
        if (ofActivity == null) {
            ofActivity = new HashMap<>();
            activity.getProperties().putMapEntry(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS, activity.getId(), ofActivity);
        }
        ofActivity.put(level.listenerId(), timer);
    }
}
