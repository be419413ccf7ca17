package vn.trienkhai.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.DeadlineSpecParser;

/**
 * A deadline as written in the plan document ({@code "2026-09-30"}, {@code {month: 2026-09}},
 * {@code "continuous"} ...) and as stored: the same form serialised as JSON, so what is read back
 * is what the author wrote.
 */
public final class DeadlineText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadlineText() {
    }

    public static Object toDocument(DeadlineSpec spec) {
        if (spec instanceof DeadlineSpec.OnDate onDate) {
            return onDate.date().toString();
        }
        if (spec instanceof DeadlineSpec.EndOfMonth month) {
            return Map.of("month", month.month().toString());
        }
        if (spec instanceof DeadlineSpec.EndOfQuarter quarter) {
            return Map.of("quarter", quarter.year() + "-Q" + quarter.quarter());
        }
        if (spec instanceof DeadlineSpec.CalendarDays days) {
            return Map.of("days", days.days());
        }
        if (spec instanceof DeadlineSpec.WorkingDays days) {
            return Map.of("workingDays", days.days());
        }
        return "continuous";
    }

    public static String format(DeadlineSpec spec) {
        try {
            return JSON.writeValueAsString(toDocument(spec));
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("Cannot serialise deadline " + spec, exception);
        }
    }

    public static DeadlineSpec parse(String stored) {
        try {
            return DeadlineSpecParser.parse(JSON.readValue(stored, Object.class));
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("Stored deadline is not valid JSON: " + stored, exception);
        }
    }

    public static Object toDocument(String stored) {
        return toDocument(parse(stored));
    }
}
