package vn.trienkhai.plantask;

import static vn.trienkhai.plantask.PlanTaskProcess.*;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * Start of a plan-task: opens the task's record with its deadline, and sets what the forms show
 * (the lead unit's code, as every unit task carries one, is also what an extension request checks).
 */
@Component("planTaskStartListener")
class PlanTaskStartListener implements ExecutionListener {

    static final DateTimeFormatter DATES = VietnameseDates.DAY;
    static final String CONTINUOUS_LABEL = "Thường xuyên";

    private final PlanTaskCatalog catalog;
    private final PlanTaskRecords records;
    private final PlanTaskDeadlines deadlines;
    private final RolloutDirectory directory;

    PlanTaskStartListener(PlanTaskCatalog catalog, PlanTaskRecords records, PlanTaskDeadlines deadlines,
                          RolloutDirectory directory) {
        this.catalog = catalog;
        this.records = records;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long rolloutId = (Long) execution.getVariable(PlanRolloutProcess.ROLLOUT_ID);
        PlanTaskLine task = catalog.find((Long) execution.getVariable(PLAN_TASK_ID));
        Rollout rollout = directory.rollout(rolloutId);
        var deadline = deadlines.deadline(rollout, task);
        records.opened(rolloutId, task.id(), execution.getProcessInstanceId(),
                deadline.map(due -> due.toInstant()).orElse(null));
        execution.setVariable(UNIT_CODE, task.lead().code());
        execution.setVariable(TASK_CODE, task.code());
        execution.setVariable(TASK_TITLE, task.title());
        execution.setVariable(TASK_DEADLINE, deadline.map(due -> DATES.format(due)).orElse(CONTINUOUS_LABEL));
        execution.setVariable(TASK_OUTPUT, task.output() == null ? "" : task.output());
        execution.setVariable(CONTRIBUTIONS, "");
        if (!execution.hasVariable(TASK_ROUND)) {
            // a task added to a running plan passes the round it starts reporting in
            execution.setVariable(TASK_ROUND, 1);
        }
    }
}
