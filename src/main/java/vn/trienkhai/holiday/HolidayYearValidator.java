package vn.trienkhai.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.system.FieldError;
import vn.trienkhai.system.InvalidDocumentException;

/** Checks a whole year before anything is stored: one bad day refuses the whole list. */
final class HolidayYearValidator {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int MAX_TEXT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private HolidayYearValidator() {
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidDocumentException("year", "năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR);
        }
    }

    /** The days to store, or an {@link InvalidDocumentException} listing every offending field. */
    static List<Holiday> validate(int year, HolidayYearRequest request, String defaultSource) {
        checkYear(year);
        if (request == null || request.days() == null || request.days().isEmpty()) {
            throw new InvalidDocumentException("days", "cần ít nhất một ngày; lịch của một năm không thể trống");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Holiday> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int index = 0; index < request.days().size(); index++) {
            String field = "days[" + index + "]";
            HolidayYearRequest.Day day = request.days().get(index);
            if (day == null) {
                errors.add(new FieldError(field, "mục trống"));
                continue;
            }
            Optional<LocalDate> date = date(year, day.date(), field + ".date", errors);
            date.ifPresent(value -> {
                Integer first = seen.putIfAbsent(value, seen.size());
                if (first != null) {
                    errors.add(new FieldError(field + ".date", "ngày " + DAY.format(value) + " bị trùng: đã có ở mục trước"));
                }
            });
            String name = text(day.name(), field + ".name", "tên ngày không được để trống", errors);
            Optional<Holiday.Kind> kind = kind(day.kind(), field + ".kind", errors);
            if (date.isPresent() && kind.orElse(null) == Holiday.Kind.WORKING_DAY && !isWeekend(date.get())) {
                errors.add(new FieldError(field + ".kind", "ngày làm bù phải là thứ Bảy hoặc Chủ nhật; "
                        + DAY.format(date.get()) + " là " + weekday(date.get()) + ", vốn đã là ngày làm việc"));
            }
            String source = day.source() == null || day.source().isBlank() ? defaultSource
                    : text(day.source(), field + ".source", "", errors);
            if (date.isPresent() && name != null && kind.isPresent() && source != null) {
                days.add(new Holiday(date.get(), name, kind.get(), source));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }

    private static Optional<LocalDate> date(int year, String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "thiếu ngày (viết dd/mm/yyyy hoặc yyyy-mm-dd)"));
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text.strip(), DAY) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "«" + text + "» không phải ngày hợp lệ (viết dd/mm/yyyy hoặc yyyy-mm-dd)"));
            return Optional.empty();
        }
        if (date.getYear() != year) {
            errors.add(new FieldError(field, "ngày " + DAY.format(date) + " không thuộc năm " + year));
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private static String text(String value, String field, String emptyMessage, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, emptyMessage));
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "dài quá " + MAX_TEXT + " ký tự"));
            return null;
        }
        return value.strip();
    }

    private static Optional<Holiday.Kind> kind(String value, String field, List<FieldError> errors) {
        if (value != null) {
            for (Holiday.Kind kind : Holiday.Kind.values()) {
                if (kind.name().equals(value.strip())) {
                    return Optional.of(kind);
                }
            }
        }
        errors.add(new FieldError(field, "loại ngày phải là DAY_OFF (ngày nghỉ) hoặc WORKING_DAY (ngày làm bù)"
                + (value == null ? "" : "; «" + value + "» không phải loại nào")));
        return Optional.empty();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }
}
