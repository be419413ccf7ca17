package vn.trienkhai.plantask;

import static vn.trienkhai.plantask.PlanTaskProcess.*;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.rollout.FormCheck;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.EngineAuthentication;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.tasklist.TaskSubjects;

/**
 * Every plan-task user task: on create it is named after the plan's task (the model keeps short
 * names for the diagram); on update an extension's new due date is recorded; on complete the form
 * is re-checked and the record written.
 */
@Component("planTaskListener")
class PlanTaskListener implements TaskListener {

    private final PlanTaskRecords records;
    private final PlanTaskFormRules rules;
    private final IdentityService identityService;
    private final TaskSubjects subjects;

    PlanTaskListener(PlanTaskRecords records, PlanTaskFormRules rules, IdentityService identityService,
                     TaskSubjects subjects) {
        this.records = records;
        this.rules = rules;
        this.identityService = identityService;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        long rolloutId = (Long) execution.getVariable(PlanRolloutProcess.ROLLOUT_ID);
        long taskId = (Long) execution.getVariable(PLAN_TASK_ID);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task, rolloutId, taskId);
            case EVENTNAME_UPDATE -> dueMoved(task, rolloutId, taskId);
            case EVENTNAME_COMPLETE -> {
                checkIds(task, rolloutId, taskId);
                completed(task, rolloutId, taskId);
            }
            default -> { }
        }
    }

    private void created(DelegateTask task, long rolloutId, long taskId) {
        String work = code(task) + ": " + task.getVariable(TASK_TITLE);
        switch (task.getTaskDefinitionKey()) {
            case CARRY_OUT -> task.setName(subjects.nameOf(task, "Thực hiện nhiệm vụ " + work, RETURN_REASON));
            case COORDINATE -> {
                task.setName(subjects.nameOf(task, "Phối hợp thực hiện nhiệm vụ " + work, null));
                records.contributionOpened(rolloutId, taskId, (String) task.getVariable(UNIT_CODE), due(task));
            }
            case REPORT_STATE -> task.setName(subjects.nameOf(task, "Báo cáo tình hình thực hiện nhiệm vụ thường xuyên "
                    + code(task) + " (kỳ " + task.getVariable(TASK_ROUND) + ")", null));
            default -> task.setName(subjects.nameOf(task, "Xem xét kết quả thực hiện nhiệm vụ " + work, null));
        }
    }

    private static String code(DelegateTask task) {
        return (String) task.getVariable(TASK_CODE);
    }

    /** An extension moved the due date: the record (and a later loop of the same task) follows it. */
    private void dueMoved(DelegateTask task, long rolloutId, long taskId) {
        if (task.getDueDate() == null) {
            return;
        }
        if (CARRY_OUT.equals(task.getTaskDefinitionKey())) {
            records.dueMoved(rolloutId, taskId, due(task));
        } else if (COORDINATE.equals(task.getTaskDefinitionKey())) {
            records.contributionOpened(rolloutId, taskId, (String) task.getVariable(UNIT_CODE), due(task));
        }
    }

    /**
     * A completion may carry any variable: one that rewrote the instance's ids would write the result
     * on another plan's task. The ids recorded at the start decide.
     */
    private void checkIds(DelegateTask task, long rolloutId, long taskId) {
        long[] recorded = records.idsOf(task.getProcessInstanceId()).orElse(null);
        if (recorded == null || recorded[0] != rolloutId || recorded[1] != taskId) {
            throw FormCheck.refuse(PLAN_TASK_ID, "không được thay đổi mã nhiệm vụ hay mã đợt triển khai của công việc");
        }
    }

    private void completed(DelegateTask task, long rolloutId, long taskId) {
        Instant now = EngineClock.now();
        switch (task.getTaskDefinitionKey()) {
            case CARRY_OUT -> {
                TaskResult result = rules.result(task);
                if (result == null) {
                    records.progressSaved(rolloutId, taskId, rules.progressNote(task));
                } else {
                    records.submitted(rolloutId, taskId, result, userOf(task), now);
                }
            }
            case COORDINATE -> {
                records.contributed(rolloutId, taskId, (String) task.getVariable(UNIT_CODE), rules.contribution(task),
                        userOf(task), now);
                task.getExecution().getProcessInstance().setVariable(CONTRIBUTIONS,
                        String.join("\n", records.contributionLines(rolloutId, taskId)));
            }
            case REPORT_STATE -> records.stateReported(rolloutId, taskId, ((Number) task.getVariable(TASK_ROUND)).intValue(),
                    rules.stateReport(task), userOf(task), now);
            default -> reviewed(task, rolloutId, taskId);
        }
    }

    private void reviewed(DelegateTask task, long rolloutId, long taskId) {
        String reason = rules.returnReason(task);
        if (reason != null) {
            records.returned(rolloutId, taskId, reason);
        } else {
            records.accepted(rolloutId, taskId);
            task.getExecution().getProcessInstance().removeVariable(RETURN_REASON);
        }
    }

    private static Instant due(DelegateTask task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant();
    }

    private String userOf(DelegateTask task) {
        Optional<CurrentUser> user = EngineAuthentication.current(identityService);
        return user.isPresent() ? user.get().userId() : task.getAssignee();
    }
}
