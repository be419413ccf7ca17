package vn.trienkhai.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The dates of a task's ladder timers ({@code ${taskTimers.dueAt(execution, 'STEP')}}), and
 * their recalculation when a due date moves. Timers are created when the task's scope starts,
 * just before the task itself: the due date is then the task definition's expression.
 */
@Component(TaskTimerParseListener.TIMER_BEAN)
public class TaskTimers {

    private static final String LADDER_LISTENER = TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX
            + EscalationLevel.REMINDER.listenerId().substring(0, "trienkhai-".length());

    private final TaskScopes scopes;
    private final EscalationLadder ladder;
    private final ProcessEngineConfigurationImpl engine;

    TaskTimers(TaskScopes scopes, EscalationLadder ladder, @Lazy ProcessEngineConfigurationImpl engine) {
        this.scopes = scopes;
        this.ladder = ladder;
        this.engine = engine;
    }

    /** A Date for a step, the repeat's ISO cycle, or null when the task has no due date. */
    public Object dueAt(DelegateExecution execution, String step) {
        Optional<Instant> due = dueDate((ExecutionEntity) execution);
        if (due.isEmpty()) {
            return null;
        }
        LadderSettings settings = scopes.settings(execution);
        LocalDate dueDay = ladder.dueDay(due.get());
        EscalationLevel level = EscalationLevel.valueOf(step);
        return level == EscalationLevel.REPEAT ? ladder.repeatCycle(dueDay, settings)
                : Date.from(ladder.at(level, dueDay, settings).toInstant());
    }

    /** Sets an open task's due date and restarts its ladder from the first step, in one transaction. */
    public void moveDueDate(String taskId, Date newDueDate) {
        engine.getCommandExecutorTxRequired().execute(commandContext -> {
            TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
            if (task == null || task.getExecution() == null) {
                throw new ProcessEngineException("No open process task " + taskId);
            }
            task.setDueDate(newDueDate);
            task.triggerUpdateEvent();
            rearm(task.getExecution());
            return null;
        });
    }

    private static void rearm(ExecutionEntity execution) {
        for (JobEntity job : new ArrayList<>(execution.getJobs())) {
            if (TimerTaskListenerJobHandler.TYPE.equals(job.getJobHandlerType())
                    && job.getJobHandlerConfigurationRaw().contains(LADDER_LISTENER)) {
                job.delete();
            }
        }
        LadderTimerDeclaration.arm(execution, EscalationLevel.first());
    }

    private static Optional<Instant> dueDate(ExecutionEntity execution) {
        for (TaskEntity task : execution.getTasks()) {
            if (task.getTaskDefinitionKey().equals(execution.getActivityId())) {
                return Optional.ofNullable(task.getDueDate()).map(Date::toInstant);
            }
        }
        if (!(execution.getActivity().getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return Optional.empty();
        }
        Expression expression = behavior.getTaskDefinition().getDueDateExpression();
        Object value = expression == null ? null : expression.getValue(execution);
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(Context.getProcessEngineConfiguration().getBusinessCalendarManager()
                    .getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate(text).toInstant());
        }
        return Optional.empty();
    }
}
