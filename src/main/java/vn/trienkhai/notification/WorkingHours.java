package vn.trienkhai.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * The office hours in which reminders, overdue notices and digests go out: working days of the calendar, from
 * {@code start} (inclusive) to {@code end} (exclusive), in the zone. A notice due at night waits for the morning.
 */
final class WorkingHours {

    private final HolidayCalendar calendar;
    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;

    private final boolean always;

    WorkingHours(HolidayCalendar calendar, ZoneId zone, LocalTime start, LocalTime end) {
        this(calendar, zone, start, end, false);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("trienkhai.notification.office: opens-at must be before closes-at");
        }
    }

    private WorkingHours(HolidayCalendar calendar, ZoneId zone, LocalTime start, LocalTime end, boolean always) {
        this.calendar = calendar;
        this.zone = zone;
        this.start = start;
        this.end = end;
        this.always = always;
    }

    /** Open at every hour of every day ({@code trienkhai.notification.office.hold-outside-hours=false}). */
    static WorkingHours always(HolidayCalendar calendar, ZoneId zone) {
        return new WorkingHours(calendar, zone, LocalTime.MIN, LocalTime.MAX, true);
    }

    boolean isOpen(Instant now) {
        if (always) {
            return true;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
    }

    /**
     * Since when a notice held back for the office hours has been sendable: today's opening, or now when closed. When
     * nothing is held, a notice is sendable from its creation on (the epoch here), so that it ages like any other.
     */
    Instant sendableSince(Instant now) {
        if (always) {
            return Instant.EPOCH;
        }
        return isOpen(now) ? now.atZone(zone).toLocalDate().atTime(start).atZone(zone).toInstant() : now;
    }

    /** How many working days after the due day {@code now} falls on: 0 on the due day itself or before. */
    long workingDaysLate(java.time.LocalDate dueDay, Instant now) {
        return workingDaysLate(dueDay, now.atZone(zone).toLocalDate());
    }

    long workingDaysLate(java.time.LocalDate dueDay, java.time.LocalDate today) {
        return calendar.workingDaysAfter(dueDay, today);
    }
}
