package vn.trienkhai.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working days of Vietnamese state bodies: Monday to Friday, less the public holidays
 * (Tết with its bridging days included), plus the weekend days made working days in exchange.
 * A year without a holiday file gets the statutory holidays ({@link StatutoryHolidays}, Tết and
 * Giỗ Tổ from the lunar calendar), marked provisional. A year an administrator stored (see
 * {@link #useStoredYears}) replaces both that year's file and its computed days; the stored years
 * are swapped as one snapshot, so a reader sees either the old or the new calendar of a year.
 */
public final class HolidayCalendar {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

    private final Map<LocalDate, Holiday> days;
    private final Set<Integer> years;
    private final Set<Integer> provisionalYears;
    private final Map<Integer, Map<LocalDate, Holiday>> computedYears = new ConcurrentHashMap<>();
    private volatile Map<Integer, Map<LocalDate, Holiday>> storedYears = Map.of();

    /** Where a year's days come from, most authoritative first. */
    public enum Origin { STORED, FILE, PROVISIONAL_FILE, COMPUTED }

    HolidayCalendar(Collection<Holiday> days, Set<Integer> years, Set<Integer> provisionalYears) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        for (Holiday day : days) {
            if (byDate.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("Two holiday entries for " + day.date());
            }
        }
        this.days = Map.copyOf(byDate);
        this.years = Set.copyOf(years);
        this.provisionalYears = Set.copyOf(provisionalYears);
    }

    private HolidayCalendar(HolidayCalendar source) {
        this.days = source.days;
        this.years = source.years;
        this.provisionalYears = source.provisionalYears;
        this.storedYears = source.storedYears;
    }

    /**
     * A copy that serves one year from these days (as if stored), leaving this calendar as it is:
     * what deadlines would be under a year's new calendar, before anyone uses it.
     */
    public HolidayCalendar withStoredYear(int year, List<Holiday> yearDays) {
        HolidayCalendar copy = new HolidayCalendar(this);
        Map<Integer, List<Holiday>> stored = new TreeMap<>();
        storedYears.forEach((storedYear, byDate) -> stored.put(storedYear, List.copyOf(byDate.values())));
        stored.put(year, List.copyOf(yearDays));
        copy.useStoredYears(stored);
        return copy;
    }

    /** A copy that a later {@link #useStoredYears} on this calendar does not change. */
    public HolidayCalendar snapshot() {
        return new HolidayCalendar(this);
    }

    /** The calendar shipped in {@code holidays/<year>.yaml} on the classpath. */
    public static HolidayCalendar loadDefault() {
        return HolidayFiles.load(HolidayCalendar.class.getClassLoader());
    }

    /** A calendar of the given days; it covers the years they fall in. */
    public static HolidayCalendar of(Collection<Holiday> days) {
        Set<Integer> years = new TreeSet<>();
        days.forEach(day -> years.add(day.date().getYear()));
        return new HolidayCalendar(days, years, Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Holiday holiday = entry(date);
        if (holiday != null) {
            return holiday.kind() == Holiday.Kind.WORKING_DAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** How many working days fall after {@code dueDay} up to {@code today}: 0 on the due day itself or before. */
    public long workingDaysAfter(LocalDate dueDay, LocalDate today) {
        long days = 0;
        for (LocalDate day = dueDay.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            days += isWorkingDay(day) ? 1 : 0;
        }
        return days;
    }

    /** The n-th working day after {@code start}; {@code start} itself is not counted. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(entry(date));
    }

    /**
     * Replaces every stored year at once: each year given here is served from these days alone,
     * whatever its file or the statutory rules say; a year left out falls back to them again.
     */
    public void useStoredYears(Map<Integer, List<Holiday>> years) {
        Map<Integer, Map<LocalDate, Holiday>> snapshot = new TreeMap<>();
        years.forEach((year, days) -> {
            Map<LocalDate, Holiday> byDate = new TreeMap<>();
            for (Holiday day : days) {
                if (day.date().getYear() != year) {
                    throw new IllegalArgumentException(day.date() + " is not in " + year);
                }
                if (byDate.putIfAbsent(day.date(), day) != null) {
                    throw new IllegalArgumentException("Two holiday entries for " + day.date());
                }
            }
            snapshot.put(year, Collections.unmodifiableMap(byDate));
        });
        storedYears = Map.copyOf(snapshot);
    }

    public Origin origin(int year) {
        if (storedYears.containsKey(year)) {
            return Origin.STORED;
        }
        if (years.contains(year)) {
            return provisionalYears.contains(year) ? Origin.PROVISIONAL_FILE : Origin.FILE;
        }
        return Origin.COMPUTED;
    }

    /** The days of one year that differ from the usual week, in date order, from wherever that year comes from. */
    public List<Holiday> daysOf(int year) {
        Map<LocalDate, Holiday> stored = storedYears.get(year);
        if (stored != null) {
            return List.copyOf(stored.values());
        }
        if (years.contains(year)) {
            return days.values().stream().filter(day -> day.date().getYear() == year)
                    .sorted(Comparator.comparing(Holiday::date)).toList();
        }
        return List.copyOf(computedYears.computeIfAbsent(year, this::computed).values());
    }

    /** The years that have a holiday file. */
    public Set<Integer> years() {
        return years;
    }

    /** Years whose file holds the statutory days only, until the official notice is entered. */
    public Set<Integer> provisionalYears() {
        return provisionalYears;
    }

    /** A year with a provisional file, or with no file at all (its holidays are computed); never a stored year. */
    public boolean isProvisional(int year) {
        Origin origin = origin(year);
        return origin == Origin.PROVISIONAL_FILE || origin == Origin.COMPUTED;
    }

    private Holiday entry(LocalDate date) {
        Map<LocalDate, Holiday> stored = storedYears.get(date.getYear());
        if (stored != null) {
            return stored.get(date);
        }
        if (years.contains(date.getYear())) {
            return days.get(date);
        }
        return computedYears.computeIfAbsent(date.getYear(), this::computed).get(date);
    }

    private Map<LocalDate, Holiday> computed(int year) {
        log.info("No holiday file for {}: using the statutory holidays with Tết and Giỗ Tổ from the lunar calendar "
                + "(provisional)", year);
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        StatutoryHolidays.of(year).forEach(day -> byDate.put(day.date(), day));
        return Collections.unmodifiableMap(byDate);
    }
}
