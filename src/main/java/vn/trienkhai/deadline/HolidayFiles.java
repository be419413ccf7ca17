package vn.trienkhai.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@code holidays/index.yaml} and the {@code holidays/<year>.yaml} files it lists. */
final class HolidayFiles {

    private static final String FOLDER = "holidays/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private HolidayFiles() {
    }

    static HolidayCalendar load(ClassLoader classLoader) {
        List<Holiday> days = new ArrayList<>();
        Set<Integer> years = new TreeSet<>();
        Set<Integer> provisional = new TreeSet<>();
        for (JsonNode year : read(classLoader, FOLDER + "index.yaml").path("years")) {
            int number = year.asInt();
            String file = FOLDER + number + ".yaml";
            JsonNode document = read(classLoader, file);
            if (document.path("year").asInt() != number) {
                throw new IllegalStateException(file + ": 'year' must be " + number);
            }
            years.add(number);
            if (document.path("provisional").asBoolean(false)) {
                provisional.add(number);
            }
            for (JsonNode entry : document.path("days")) {
                days.add(holiday(file, number, entry));
            }
        }
        return new HolidayCalendar(days, years, provisional);
    }

    private static Holiday holiday(String file, int year, JsonNode entry) {
        Holiday holiday;
        try {
            holiday = new Holiday(LocalDate.parse(entry.path("date").asText()),
                    entry.path("name").asText(null),
                    Holiday.Kind.valueOf(entry.path("kind").asText()),
                    entry.path("source").asText(null));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": invalid entry " + entry, e);
        }
        if (holiday.date().getYear() != year) {
            throw new IllegalStateException(file + ": " + holiday.date() + " is not in " + year);
        }
        if (holiday.kind() == Holiday.Kind.WORKING_DAY && !isWeekend(holiday.date())) {
            throw new IllegalStateException(file + ": " + holiday.date() + " is a weekday already");
        }
        return holiday;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static JsonNode read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
