package vn.trienkhai.rollout;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.EngineAuthentication;
import vn.trienkhai.tasklist.TaskSubjects;
import vn.trienkhai.tasklist.TaskWords;

/**
 * Every unit-implementation task: on create its progress record opens with the task's due date;
 * on update (a granted extension, an administrator's edit) the record takes the task's due date;
 * on complete the form is re-checked and the record closes (and a returned plan is marked so).
 */
@Component("unitTaskListener")
class UnitTaskListener implements TaskListener {

    private final RolloutDirectory directory;
    private final ProgressRecords progress;
    private final UnitFormRules rules;
    private final IdentityService identityService;
    private final TaskSubjects subjects;

    UnitTaskListener(RolloutDirectory directory, ProgressRecords progress, UnitFormRules rules,
                     IdentityService identityService, TaskSubjects subjects) {
        this.subjects = subjects;
        this.directory = directory;
        this.progress = progress;
        this.rules = rules;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = Stage.ofTask(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            opened(task, stage);
        } else if (EVENTNAME_UPDATE.equals(task.getEventName())) {
            progress.dueMoved((Long) task.getVariable(PlanRolloutProcess.ROLLOUT_ID),
                    (String) task.getVariable(UnitImplementationProcess.UNIT_CODE), stage,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Rollout rollout = directory.rollout((Long) task.getVariable(PlanRolloutProcess.ROLLOUT_ID));
            String unitCode = (String) task.getVariable(UnitImplementationProcess.UNIT_CODE);
            rules.check(stage, task);
            progress.completed(rollout, unitCode, stage, userOf(task));
            if (stage == Stage.REVIEW) {
                reviewed(task, rollout, unitCode);
            }
        }
    }

    /**
     * The ids come from the task's execution: asking the new task itself would query its own
     * variables, which it cannot have yet, one round trip per task of a rollout.
     */
    private void opened(DelegateTask task, Stage stage) {
        DelegateExecution execution = task.getExecution();
        String unitCode = (String) execution.getVariable(UnitImplementationProcess.UNIT_CODE);
        progress.opened((Long) execution.getVariable(PlanRolloutProcess.ROLLOUT_ID), unitCode, stage,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
        if (stage == Stage.REVIEW) {
            showSubmission(task, unitCode);
        }
    }

    /** The review form reads the unit by name and the plan's date as dd/mm/yyyy, not the code and ISO date. */
    private void showSubmission(DelegateTask task, String unitCode) {
        String unitName = subjects.unitName(unitCode);
        task.setVariableLocal(UnitImplementationProcess.UNIT_NAME, unitName == null ? unitCode : unitName);
        Object date = task.getExecution().getVariable(UnitImplementationProcess.UNIT_PLAN_DATE);
        String text = date == null ? "" : String.valueOf(date);
        task.setVariableLocal(UnitImplementationProcess.UNIT_PLAN_DATE_TEXT, text.matches("\\d{4}-\\d{2}-\\d{2}.*")
                ? TaskWords.date(LocalDate.parse(text.substring(0, 10))) : text);
    }

    private void reviewed(DelegateTask task, Rollout rollout, String unitCode) {
        if (UnitImplementationProcess.RETURN.equals(task.getVariable(UnitImplementationProcess.REVIEW_DECISION))) {
            progress.returned(rollout, unitCode);
        } else {
            task.getExecution().removeVariable(UnitImplementationProcess.RETURN_REASON);
        }
    }

    private String userOf(DelegateTask task) {
        Optional<CurrentUser> user = EngineAuthentication.current(identityService);
        return user.isPresent() ? user.get().userId() : task.getAssignee();
    }
}
