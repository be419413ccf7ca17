package vn.trienkhai.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline as written in a plan document: {@code 2026-09-30}, {@code continuous},
 * {@code {month: 2026-09}}, {@code {quarter: 2026-Q3}}, {@code {days: 10}} or
 * {@code {workingDays: 5}}. Errors are reported in Vietnamese, for the person who wrote the plan.
 */
public final class DeadlineSpecParser {

    private static final String ONE_OF =
            "chỉ được có một trong: ngày, month, quarter, days, workingDays, continuous";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeadlineSpecParser() {
    }

    public static DeadlineSpec parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return parse((Object) null);
        }
        return parse(MAPPER.convertValue(node, Object.class));
    }

    public static DeadlineSpec parse(Object value) {
        if (value == null) {
            throw new InvalidDeadlineException("thiếu thời hạn; " + ONE_OF);
        }
        if (value instanceof LocalDate date) {
            return new DeadlineSpec.OnDate(date);
        }
        if (value instanceof CharSequence text) {
            return parseText(text.toString().trim());
        }
        if (value instanceof Map<?, ?> map) {
            return parseMap(map);
        }
        throw new InvalidDeadlineException("thời hạn không hợp lệ: " + value + "; " + ONE_OF);
    }

    private static DeadlineSpec parseText(String text) {
        if (text.equalsIgnoreCase("continuous")) {
            return new DeadlineSpec.Continuous();
        }
        return new DeadlineSpec.OnDate(date(text));
    }

    private static DeadlineSpec parseMap(Map<?, ?> map) {
        if (map.size() != 1) {
            throw new InvalidDeadlineException(ONE_OF + " (nhận được: " + map.keySet() + ")");
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        Object value = entry.getValue();
        return switch (String.valueOf(entry.getKey())) {
            case "date" -> new DeadlineSpec.OnDate(date(text(value, "ngày")));
            case "month" -> new DeadlineSpec.EndOfMonth(month(text(value, "tháng")));
            case "quarter" -> quarter(text(value, "quý"));
            case "days" -> new DeadlineSpec.CalendarDays(positive(value));
            case "workingDays" -> new DeadlineSpec.WorkingDays(positive(value));
            case "continuous" -> new DeadlineSpec.Continuous();
            default -> throw new InvalidDeadlineException(
                    "khóa không hợp lệ: " + entry.getKey() + "; " + ONE_OF);
        };
    }

    private static String text(Object value, String what) {
        if (value == null) {
            throw new InvalidDeadlineException("thiếu " + what + " của thời hạn");
        }
        return value.toString().trim();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDeadlineException("ngày không hợp lệ: " + text
                    + " (ngày phải có dạng YYYY-MM-DD, ví dụ 2026-09-30)", e);
        }
    }

    private static YearMonth month(String text) {
        if (MONTH.matcher(text).matches()) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidDeadlineException("tháng không hợp lệ: " + text, e);
            }
        }
        throw new InvalidDeadlineException("tháng phải có dạng YYYY-MM, ví dụ 2026-09 (nhận được: " + text + ")");
    }

    private static DeadlineSpec quarter(String text) {
        Matcher matcher = QUARTER.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidDeadlineException(
                    "quý phải có dạng YYYY-Qn, ví dụ 2026-Q3 (nhận được: " + text + ")");
        }
        return new DeadlineSpec.EndOfQuarter(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)));
    }

    private static int positive(Object value) {
        Integer days = value == null ? null : wholeNumber(value.toString().trim());
        if (days == null || days < 1) {
            throw new InvalidDeadlineException("số ngày phải là số nguyên dương (nhận được: " + value + ")");
        }
        return days;
    }

    private static Integer wholeNumber(String text) {
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
