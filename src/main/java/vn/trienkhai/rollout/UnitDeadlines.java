package vn.trienkhai.rollout;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.plan.StageDeadlines;
import vn.trienkhai.system.EngineClock;

/**
 * Due dates of a unit's stages, from the plan's stage deadlines and the rollout date. A cascaded
 * rollout is due one working day earlier per level below the top (Nghị định 09/2019/NĐ-CP: one
 * common cut-off, an earlier deadline for each lower level), so that the cascading unit can meet
 * its own.
 */
@Service
public class UnitDeadlines {

    private final DeadlineCalculator calculator;

    UnitDeadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** The stage's due date; empty for a continuous ("thường xuyên") stage. */
    public Optional<ZonedDateTime> dueAt(Rollout rollout, Stage stage) {
        return dueAt(RolloutSchedule.of(rollout), stage);
    }

    Optional<ZonedDateTime> dueAt(RolloutSchedule rollout, Stage stage) {
        return stage == Stage.REVIEW ? Optional.of(calculator.reviewDue(EngineClock.now()))
                : dueAt(rollout, stage, calculator);
    }

    /** A unit's own stage under the given calendar arithmetic; empty for a continuous stage. */
    Optional<ZonedDateTime> dueAt(Rollout rollout, Stage stage, DeadlineCalculator calculator) {
        return dueAt(RolloutSchedule.of(rollout), stage, calculator);
    }

    private Optional<ZonedDateTime> dueAt(RolloutSchedule rollout, Stage stage, DeadlineCalculator calculator) {
        StageDeadlines stages = rollout.stages();
        Optional<ZonedDateTime> due = switch (stage) {
            case STUDY -> fromText(stages.study(), rollout, calculator);
            case DISSEMINATE -> fromText(stages.disseminate(), rollout, calculator);
            case UNIT_PLAN -> fromText(stages.unitPlan(), rollout, calculator);
            case IMPLEMENT -> Optional.of(calculator.endOfDay(rollout.endDate()));
            case REVIEW -> throw new IllegalArgumentException("A review is dated from its submission");
        };
        return due.map(date -> earlierByLevel(date, rollout.level(), calculator));
    }


    private static Optional<ZonedDateTime> fromText(String stored, RolloutSchedule rollout, DeadlineCalculator calculator) {
        return calculator.dueAt(DeadlineText.parse(stored), rollout.rolloutDate());
    }

    private static ZonedDateTime earlierByLevel(ZonedDateTime due, int level, DeadlineCalculator calculator) {
        HolidayCalendar calendar = calculator.calendar();
        LocalDate day = due.toLocalDate();
        for (int step = 0; step < level; step++) {
            day = day.minusDays(1);
            while (!calendar.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        return calculator.endOfDay(day);
    }
}
