package vn.trienkhai.deadline;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** How a day reads wherever a user reads it: refusals, previews, task names and mails all say 29/01/2026. */
public final class VietnameseDates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** "29/01/2026". */
    public static String day(TemporalAccessor date) {
        return DAY.format(date);
    }
}
