package vn.trienkhai.plantask;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.CalendarDatedTasks;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * A plan task's work under another calendar: the lead's result at the task's deadline (the plan's
 * end for a continuous task), the coordinating units' part before it, the review within five
 * working days of the submission. A continuous task's state report keeps its round's date, which
 * the plan's reporting calendar publishes for every unit at once.
 */
@Component
class PlanTaskCalendarDates implements CalendarDatedTasks {

    private final PlanTaskCatalog catalog;
    private final PlanTaskDeadlines deadlines;
    private final RolloutDirectory directory;

    PlanTaskCalendarDates(PlanTaskCatalog catalog, PlanTaskDeadlines deadlines, RolloutDirectory directory) {
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    @Override
    public String processKey() {
        return PlanTaskProcess.KEY;
    }

    @Override
    public List<String> variableNames() {
        return List.of(PlanRolloutProcess.ROLLOUT_ID, PlanTaskProcess.PLAN_TASK_ID);
    }

    @Override
    public Optional<ZonedDateTime> dueUnder(OpenTask task, DeadlineCalculator calculator) {
        return switch (task.taskDefinitionKey()) {
            case PlanTaskProcess.CARRY_OUT -> Optional.of(leadDue(task, calculator));
            case PlanTaskProcess.COORDINATE -> Optional.of(deadlines.coordinationDue(rollout(task),
                    leadDue(task, calculator).toInstant(), calculator));
            case PlanTaskProcess.REVIEW -> Optional.of(calculator.reviewDue(task.created()));
            default -> Optional.empty();
        };
    }

    private ZonedDateTime leadDue(OpenTask task, DeadlineCalculator calculator) {
        long planTaskId = ((Number) task.variables().get(PlanTaskProcess.PLAN_TASK_ID)).longValue();
        return deadlines.leadDue(rollout(task), catalog.find(planTaskId), calculator);
    }

    private Rollout rollout(OpenTask task) {
        return directory.rollout(((Number) task.variables().get(PlanRolloutProcess.ROLLOUT_ID)).longValue());
    }
}
