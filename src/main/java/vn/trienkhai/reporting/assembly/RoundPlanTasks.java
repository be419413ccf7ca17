package vn.trienkhai.reporting.assembly;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.deadline.ReportingPeriod;
import vn.trienkhai.plantask.PlanTaskReportSection;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.document.PlanTasks;

/**
 * The plan's tasks for a round's report, from the plan-task tracker's own report section. Only the plan's own
 * (top-level) rollout reports them: a cascading unit's round is about its sub-units, while the tasks are the plan's.
 * The period is the round's (up to its cut-off); the next period ends one period later, at the next cut-off; a
 * final review has no next period.
 */
@Component
class RoundPlanTasks {

    private final PlanTaskReportSection section;

    RoundPlanTasks(PlanTaskReportSection section) {
        this.section = section;
    }

    PlanTasks of(ReportRound round, boolean topLevel, ReportingFrequency every) {
        if (!topLevel) {
            return PlanTasks.NONE;
        }
        LocalDate periodEnd = round.getCutOff();
        LocalDate nextPeriodEnd = round.isFinalReview() ? periodEnd : periodEnd.plusMonths(every.months());
        PlanTaskReportSection.Section tasks = section.of(round.getPlanId(), round.getRolloutId(), round.getSequence(), periodEnd,
                nextPeriodEnd);
        if (tasks.lines().isEmpty()) {
            return PlanTasks.NONE;
        }
        return new PlanTasks(tasks.title(), tasks.headers(), rows(tasks.lines()),
                round.isFinalReview() ? null : nextPeriodLabel(every, nextPeriodEnd), rows(tasks.nextPeriod()));
    }

    /** "quý IV/2026" for a regular cut-off; "kỳ tới" when the round's cut-off is not one (set by hand). */
    static String nextPeriodLabel(ReportingFrequency every, LocalDate cutOff) {
        if (cutOff.getDayOfMonth() != ReportingPeriod.CUT_OFF_DAY || cutOff.getMonthValue() % every.months() != 0) {
            return "kỳ tới";
        }
        return ReportHeading.periodInText(ReportingPeriod.endingOn(every, cutOff).label());
    }

    private static List<PlanTasks.Task> rows(List<PlanTaskReportSection.Line> lines) {
        return lines.stream().map(line -> new PlanTasks.Task(line.number(), line.task(), line.lead(), line.deadline(),
                line.result(), line.status())).toList();
    }
}
