package vn.trienkhai.plantask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * The status of a plan task at an instant. Done work is on time when the accepted result was
 * submitted by the due date in force (an extension moves it); open work past it is overdue; a
 * continuous task has no due date and is never late. Open work is due soon within
 * {@value #DUE_SOON_WORKING_DAYS} working days of its last day, as on the dashboard.
 */
final class PlanTaskStatusRule {

    static final int DUE_SOON_WORKING_DAYS = 3;

    private final HolidayCalendar calendar;
    private final ZoneId zone;

    PlanTaskStatusRule(HolidayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    PlanTaskStatus statusOf(Instant dueAt, Instant completedAt, Instant now) {
        if (completedAt != null) {
            return dueAt == null || !completedAt.isAfter(dueAt) ? PlanTaskStatus.DONE_ON_TIME : PlanTaskStatus.DONE_LATE;
        }
        return dueAt != null && now.isAfter(dueAt) ? PlanTaskStatus.IN_PROGRESS_OVERDUE : PlanTaskStatus.IN_PROGRESS_ON_TIME;
    }

    /** For open work within its deadline: due soon or not yet due; null otherwise. */
    PlanTaskStatus.Due dueOf(Instant dueAt, Instant completedAt, Instant now) {
        if (completedAt != null || dueAt == null || now.isAfter(dueAt)) {
            return completedAt == null && dueAt == null ? PlanTaskStatus.Due.NOT_DUE : null;
        }
        LocalDate lastDay = LocalDate.ofInstant(dueAt, zone);
        return lastDay.isAfter(calendar.plusWorkingDays(LocalDate.ofInstant(now, zone), DUE_SOON_WORKING_DAYS))
                ? PlanTaskStatus.Due.NOT_DUE : PlanTaskStatus.Due.DUE_SOON;
    }
}
