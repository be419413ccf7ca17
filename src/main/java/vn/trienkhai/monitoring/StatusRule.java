package vn.trienkhai.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * The status of one stage at a given instant. Open work is due soon when its last day falls within
 * {@value #DUE_SOON_WORKING_DAYS} working days of today (the holiday calendar's working days, in
 * the configured zone); past its due instant it is overdue. Work without a due date is never late.
 */
final class StatusRule {

    static final int DUE_SOON_WORKING_DAYS = 3;

    private final HolidayCalendar calendar;
    private final ZoneId zone;

    StatusRule(HolidayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    ProgressStatus statusOf(Instant dueAt, Instant completedAt, Instant now) {
        if (completedAt != null) {
            return dueAt == null || !completedAt.isAfter(dueAt) ? ProgressStatus.DONE_ON_TIME : ProgressStatus.DONE_LATE;
        }
        if (dueAt == null) {
            return ProgressStatus.NOT_DUE;
        }
        if (now.isAfter(dueAt)) {
            return ProgressStatus.OVERDUE;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate lastDay = LocalDate.ofInstant(dueAt, zone);
        return lastDay.isAfter(calendar.plusWorkingDays(today, DUE_SOON_WORKING_DAYS))
                ? ProgressStatus.NOT_DUE : ProgressStatus.DUE_SOON;
    }
}
