package vn.trienkhai.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a {@link DeadlineSpec} into a due time: its last day, moved to the next working day
 * when it is a weekend or a holiday (Bộ luật Dân sự 2015, art. 147–148), at 23:59:59 in the zone.
 */
public final class DeadlineCalculator {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final HolidayCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(HolidayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The due time, or empty for a continuous task. */
    public Optional<ZonedDateTime> dueAt(DeadlineSpec spec, LocalDate rolloutDate) {
        return lastDay(spec, rolloutDate)
                .map(calendar::nextWorkingDayOnOrAfter)
                .map(this::endOfDay);
    }

    /** The last day as written, before a weekend or holiday moves it; empty for a continuous task. */
    public Optional<LocalDate> lastDay(DeadlineSpec spec, LocalDate rolloutDate) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(rolloutDate, "rolloutDate");
        if (spec instanceof DeadlineSpec.OnDate onDate) {
            return Optional.of(onDate.date());
        }
        if (spec instanceof DeadlineSpec.EndOfMonth endOfMonth) {
            return Optional.of(endOfMonth.month().atEndOfMonth());
        }
        if (spec instanceof DeadlineSpec.EndOfQuarter quarter) {
            return Optional.of(YearMonth.of(quarter.year(), quarter.quarter() * 3).atEndOfMonth());
        }
        if (spec instanceof DeadlineSpec.CalendarDays calendarDays) {
            return Optional.of(rolloutDate.plusDays(calendarDays.days()));
        }
        if (spec instanceof DeadlineSpec.WorkingDays workingDays) {
            return Optional.of(calendar.plusWorkingDays(rolloutDate, workingDays.days()));
        }
        return Optional.empty();
    }

    /** The lead office reviews a submission within five working days (a unit's plan, a plan task's result). */
    public static final int REVIEW_WORKING_DAYS = 5;

    /** When the lead office's review of a submission made at {@code submitted} is due. */
    public ZonedDateTime reviewDue(java.time.Instant submitted) {
        return workingDaysAfter(submitted, REVIEW_WORKING_DAYS);
    }

    /** The end of the n-th working day after the day of {@code start}. */
    public ZonedDateTime workingDaysAfter(java.time.Instant start, int n) {
        return endOfDay(calendar.plusWorkingDays(LocalDate.ofInstant(start, zone), n));
    }

    /** 23:59:59 of that day in this calculator's zone. */
    public ZonedDateTime endOfDay(LocalDate date) {
        return date.atTime(END_OF_DAY).atZone(zone);
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }
}
