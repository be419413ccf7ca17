package vn.trienkhai.tasklist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.trienkhai.deadline.VietnameseDates;

/** Dates as an officer reads them: "thứ Sáu, ngày 16/10/2026". */
public final class TaskWords {

    private static final DateTimeFormatter DATE = VietnameseDates.DAY;
    private static final String[] DAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private TaskWords() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String date(Instant instant, ZoneId zone) {
        return date(instant.atZone(zone).toLocalDate());
    }

    /** The day of the week and the date, e.g. "thứ Sáu, ngày 16/10/2026". */
    public static String day(Instant instant, ZoneId zone) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        return dayOfWeek(date.getDayOfWeek()) + ", ngày " + date(date);
    }

    static String dayOfWeek(DayOfWeek day) {
        return DAYS[day.getValue() - 1];
    }
}
