package vn.trienkhai.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the official calendar that differs from the usual week: a weekday off, or a
 * Saturday or Sunday made a working day in exchange for another ("làm bù").
 */
public record Holiday(LocalDate date, String name, Kind kind, String source) {

    public enum Kind { DAY_OFF, WORKING_DAY }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name: " + date);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A holiday needs its legal source: " + date);
        }
    }
}
