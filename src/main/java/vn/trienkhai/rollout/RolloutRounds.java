package vn.trienkhai.rollout;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.ReportingCalendar;
import vn.trienkhai.deadline.ReportingRound;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportingSchedule;

/** The reporting rounds of a rollout on the plan's calendar; the last one is the final review when the plan has one. */
@Service
public class RolloutRounds {

    private final ReportingCalendar calendar;
    private final DeadlineCalculator calculator;

    RolloutRounds(ReportingCalendar calendar, DeadlineCalculator calculator) {
        this.calendar = calendar;
        this.calculator = calculator;
    }

    public List<ReportingRound> of(Rollout rollout) {
        Plan plan = rollout.getPlan();
        ReportingSchedule reporting = plan.getReporting();
        return calendar.rounds(reporting.every(), rollout.getRolloutDate(), plan.getEndDate(),
                reporting.submitWorkingDays(), reporting.finalReview());
    }

    /** Round n opens at the start of its data cut-off day (Asia/Ho_Chi_Minh). */
    public Date opensAt(Rollout rollout, int sequence) {
        ReportingRound round = of(rollout).get(sequence - 1);
        return Date.from(round.period().cutOff().atStartOfDay(calculator.zone()).toInstant());
    }
}
