package vn.trienkhai.plantask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.system.EngineClock;

/**
 * Due dates of a plan task's work, with the same arithmetic as every other deadline: the lead's at
 * the task's deadline from the rollout date (a continuous task's final result at the plan's end),
 * the coordinating units' a number of working days before it, the review five working days after
 * the submission.
 */
@Service
class PlanTaskDeadlines {

    private final DeadlineCalculator calculator;
    private final int coordinationWorkingDays;

    PlanTaskDeadlines(DeadlineCalculator calculator,
                      @Value("${trienkhai.plan-tasks.coordination-working-days:5}") int coordinationWorkingDays) {
        this.calculator = calculator;
        this.coordinationWorkingDays = coordinationWorkingDays;
    }

    /** The task's own deadline; empty for a continuous ("thường xuyên") task. */
    Optional<ZonedDateTime> deadline(Rollout rollout, PlanTaskLine task) {
        return deadline(rollout, task, calculator);
    }

    /** When the lead's result is due: the deadline, or the plan's end for a continuous task. */
    ZonedDateTime leadDue(Rollout rollout, PlanTaskLine task) {
        return leadDue(rollout, task, calculator);
    }

    /** The coordinating units' part is due this many working days before the lead's (never before the rollout). */
    ZonedDateTime coordinationDue(Rollout rollout, Instant leadDue) {
        return coordinationDue(rollout, leadDue, calculator);
    }

    ZonedDateTime reviewDue() {
        return calculator.reviewDue(EngineClock.now());
    }

    Optional<ZonedDateTime> deadline(Rollout rollout, PlanTaskLine task, DeadlineCalculator calculator) {
        return calculator.dueAt(DeadlineText.parse(task.deadline()), rollout.getRolloutDate());
    }

    ZonedDateTime leadDue(Rollout rollout, PlanTaskLine task, DeadlineCalculator calculator) {
        return deadline(rollout, task, calculator).orElseGet(() -> calculator.endOfDay(rollout.getPlan().getEndDate()));
    }

    ZonedDateTime coordinationDue(Rollout rollout, Instant leadDue, DeadlineCalculator calculator) {
        HolidayCalendar calendar = calculator.calendar();
        LocalDate day = LocalDate.ofInstant(leadDue, calculator.zone());
        for (int step = 0; step < coordinationWorkingDays && day.isAfter(rollout.getRolloutDate()); step++) {
            day = day.minusDays(1);
            while (!calendar.isWorkingDay(day) && day.isAfter(rollout.getRolloutDate())) {
                day = day.minusDays(1);
            }
        }
        return calculator.endOfDay(day);
    }
}
