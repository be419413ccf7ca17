package vn.trienkhai.holiday;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.deadline.HolidayCalendar;

/** One year's calendar as {@code GET /api/holidays/{year}} answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HolidayYearView(int year, boolean official, String origin, String originText, String updatedBy,
                       Instant updatedAt, List<Day> days, DueDateChanges dueDateChanges) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    record Day(String date, String dateText, String name, String kind, String kindText, String source) {
    }

    static HolidayYearView of(int year, HolidayCalendar calendar, HolidayStore.StoredBy storedBy) {
        HolidayCalendar.Origin origin = calendar.origin(year);
        List<Day> days = calendar.daysOf(year).stream().map(day -> new Day(day.date().toString(),
                DAY.format(day.date()), day.name(), day.kind().name(),
                day.kind() == Holiday.Kind.DAY_OFF ? "Ngày nghỉ" : "Ngày làm bù", day.source())).toList();
        return new HolidayYearView(year, !calendar.isProvisional(year), origin.name(), originText(origin),
                storedBy == null ? null : storedBy.userId(), storedBy == null ? null : storedBy.at(), days, null);
    }

    /** The same view with what the replacement did to open tasks' due dates. */
    HolidayYearView with(DueDateChanges changes) {
        return new HolidayYearView(year, official, origin, originText, updatedBy, updatedAt, days, changes);
    }

    private static String originText(HolidayCalendar.Origin origin) {
        return switch (origin) {
            case STORED -> "Chính thức, do quản trị viên nhập";
            case FILE -> "Chính thức, theo tệp lịch kèm ứng dụng";
            case PROVISIONAL_FILE -> "Dự kiến, theo tệp lịch kèm ứng dụng (chờ thông báo chính thức)";
            case COMPUTED -> "Dự kiến, tính theo Bộ luật Lao động và âm lịch (chờ thông báo chính thức)";
        };
    }
}
