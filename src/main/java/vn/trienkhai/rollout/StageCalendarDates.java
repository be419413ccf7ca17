package vn.trienkhai.rollout;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.CalendarDatedTasks;
import vn.trienkhai.deadline.DeadlineCalculator;

/**
 * A unit's stage tasks under another calendar: the plan's stage deadlines from the rollout date
 * (earlier by level in a cascade), and the review within five working days of its submission.
 */
@Component
class StageCalendarDates implements CalendarDatedTasks {

    private final RolloutDirectory directory;
    private final UnitDeadlines deadlines;

    StageCalendarDates(RolloutDirectory directory, UnitDeadlines deadlines) {
        this.directory = directory;
        this.deadlines = deadlines;
    }

    @Override
    public String processKey() {
        return UnitImplementationProcess.KEY;
    }

    @Override
    public List<String> variableNames() {
        return List.of(PlanRolloutProcess.ROLLOUT_ID);
    }

    @Override
    public Optional<ZonedDateTime> dueUnder(OpenTask task, DeadlineCalculator calculator) {
        Stage stage = Stage.ofTask(task.taskDefinitionKey());
        if (stage == Stage.REVIEW) {
            return Optional.of(calculator.reviewDue(task.created()));
        }
        Rollout rollout = directory.rollout(((Number) task.variables().get(PlanRolloutProcess.ROLLOUT_ID)).longValue());
        return deadlines.dueAt(rollout, stage, calculator);
    }
}
