package vn.trienkhai.holiday;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.deadline.Holiday;

/** The tables {@code holiday_year} and {@code holiday_day}: the years an administrator entered. */
class HolidayStore {

    /** What a node compares to learn that some year changed: the newest revision and the number of years. */
    record Revision(long newest, long years) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    HolidayStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    Revision revision() {
        return jdbc.queryForObject("select coalesce(max(revision), 0), count(*) from holiday_year",
                (row, number) -> new Revision(row.getLong(1), row.getLong(2)));
    }

    Map<Integer, List<Holiday>> loadAll() {
        Map<Integer, List<Holiday>> years = new TreeMap<>();
        jdbc.query("select y.year, d.day, d.name, d.kind, d.source from holiday_year y"
                + " left join holiday_day d on d.year = y.year order by y.year, d.day", row -> {
                    List<Holiday> days = years.computeIfAbsent(row.getInt(1), year -> new ArrayList<>());
                    if (row.getDate(2) != null) {
                        days.add(new Holiday(row.getDate(2).toLocalDate(), row.getString(3),
                                Holiday.Kind.valueOf(row.getString(4)), row.getString(5)));
                    }
                });
        return years;
    }

    /** Replaces one year's days in one transaction: either the whole new list is stored or nothing changes. */
    void replace(int year, List<Holiday> days, String userId, Instant at) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into holiday_year (year, revision, updated_at, updated_by)
                    values (?, nextval('holiday_revision'), ?, ?)
                    on conflict (year) do update set revision = excluded.revision,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    """, year, Timestamp.from(at), userId);
            jdbc.update("delete from holiday_day where year = ?", year);
            jdbc.batchUpdate("insert into holiday_day (day, year, name, kind, source) values (?, ?, ?, ?, ?)",
                    days.stream().map(day -> new Object[] {java.sql.Date.valueOf(day.date()), year, day.name(),
                            day.kind().name(), day.source()}).toList());
        });
    }

    /** Who stored a year and when; empty for a year not stored. */
    java.util.Optional<StoredBy> storedBy(int year) {
        return jdbc.query("select updated_by, updated_at from holiday_year where year = ?",
                (row, number) -> new StoredBy(row.getString(1), row.getTimestamp(2).toInstant()), year)
                .stream().findFirst();
    }

    record StoredBy(String userId, Instant at) {
    }
}
