package vn.trienkhai.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * When each notice of a task falls, from its due day: working days skip weekends and holidays,
 * every notice goes out at the send time in the zone. Pure arithmetic, no engine.
 */
final class EscalationLadder {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final HolidayCalendar calendar;
    private final ZoneId zone;
    private final LocalTime sendAt;

    EscalationLadder(HolidayCalendar calendar, ZoneId zone, LocalTime sendAt) {
        this.calendar = calendar;
        this.zone = zone;
        this.sendAt = sendAt;
    }

    /** The due day of a due time: its date in the zone. */
    LocalDate dueDay(Instant due) {
        return due.atZone(zone).toLocalDate();
    }

    ZonedDateTime at(EscalationLevel level, LocalDate dueDay, LadderSettings settings) {
        return day(level, dueDay, settings).atTime(sendAt).atZone(zone);
    }

    /**
     * Whether the step firing at {@code now} has been overtaken by the next one: its time has come
     * too. That happens when a task starts long after its due day (a rollout dated in the past, a
     * restored backup): the steps then fire one after another at once, and only the last one in
     * force is worth a mail. The repeat is never overtaken: its cycle is counted by
     * {@link #repetition}.
     */
    boolean overtaken(EscalationLevel level, LocalDate dueDay, LadderSettings settings, Instant now) {
        return level.next().filter(next -> !at(next, dueDay, settings).toInstant().isAfter(now)).isPresent();
    }

    /** The timer cycle of the weekly repeat: ISO 8601 {@code R/<first>/P<n>D}. */
    String repeatCycle(LocalDate dueDay, LadderSettings settings) {
        return "R/" + ISO.format(at(EscalationLevel.REPEAT, dueDay, settings)) + "/P" + settings.repeatEveryDays() + "D";
    }

    /** Which repeat a firing at {@code now} is: 1 for the first, counted in whole periods. */
    long repetition(LocalDate dueDay, LadderSettings settings, Instant now) {
        Instant first = at(EscalationLevel.REPEAT, dueDay, settings).toInstant();
        long periods = Duration.between(first, now).toDays() / settings.repeatEveryDays();
        return Math.max(0, periods) + 1;
    }

    private LocalDate day(EscalationLevel level, LocalDate dueDay, LadderSettings settings) {
        LocalDate unitHead = calendar.nextWorkingDayOnOrAfter(dueDay.plusDays(settings.unitHeadAfterDays()));
        LocalDate leadOffice = calendar.plusWorkingDays(unitHead, settings.leadOfficeAfterWorkingDays());
        LocalDate leadership = calendar.plusWorkingDays(leadOffice, settings.leadershipAfterWorkingDays());
        switch (level) {
            case REMINDER:
                return minusWorkingDays(dueDay, settings.reminderWorkingDaysBefore());
            case UNIT_HEAD:
                return unitHead;
            case LEAD_OFFICE:
                return leadOffice;
            case LEADERSHIP:
                return leadership;
            default:
                return leadership.plusDays(settings.repeatEveryDays());
        }
    }

    private LocalDate minusWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
