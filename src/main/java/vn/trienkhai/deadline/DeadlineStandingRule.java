package vn.trienkhai.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one rule for on time and late, shared by the stage matrix and the plan's tasks. Done work is
 * on time when it was completed by the due instant in force (an extension moves it); open work past
 * it is overdue; open work is due soon when its last day falls within {@value #DUE_SOON_WORKING_DAYS}
 * working days of today (the holiday calendar's working days, in the configured zone). Work without
 * a due date (continuous work) is never late.
 */
public final class DeadlineStandingRule {

    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final HolidayCalendar calendar;
    private final ZoneId zone;

    public DeadlineStandingRule(HolidayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public DeadlineStanding standingOf(Instant dueAt, Instant completedAt, Instant now) {
        if (completedAt != null) {
            return dueAt == null || !completedAt.isAfter(dueAt) ? DeadlineStanding.DONE_ON_TIME : DeadlineStanding.DONE_LATE;
        }
        if (dueAt == null) {
            return DeadlineStanding.NOT_DUE;
        }
        if (now.isAfter(dueAt)) {
            return DeadlineStanding.OVERDUE;
        }
        return dueAt.isBefore(dueSoonBefore(now)) ? DeadlineStanding.DUE_SOON : DeadlineStanding.NOT_DUE;
    }

    /**
     * The start of the first day after the "due soon" window: open work due before it (and not overdue) is due
     * soon, so that a database can count the statuses with the same rule.
     */
    public Instant dueSoonBefore(Instant now) {
        LocalDate lastSoonDay = calendar.plusWorkingDays(LocalDate.ofInstant(now, zone), DUE_SOON_WORKING_DAYS);
        return lastSoonDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
