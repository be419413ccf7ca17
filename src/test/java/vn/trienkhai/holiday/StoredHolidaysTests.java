package vn.trienkhai.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.deadline.HolidayCalendar;

/** The store on the real migrations, and two nodes' calendars sharing it. */
class StoredHolidaysTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 9, 12);

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private JdbcTemplate jdbc;
    private HolidayStore store;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("trienkhai_schema_history").load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from holiday_year");
        store = new HolidayStore(jdbc, new DataSourceTransactionManager(dataSource));
    }

    @Test
    void aStoredYearReplacesItsFileOnEveryNodeOnlyOnceTheRevisionChanged() {
        StoredHolidays thisNode = new StoredHolidays(HolidayCalendar.loadDefault(), store);
        StoredHolidays otherNode = new StoredHolidays(HolidayCalendar.loadDefault(), store);
        assertThat(otherNode.calendar().isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();

        store.replace(2026, List.of(dayOff(MONDAY), workingDay(SATURDAY)), "admin", Instant.now());

        assertThat(otherNode.calendar().isWorkingDay(MONDAY)).as("before its poll").isTrue();
        assertThat(thisNode.refreshIfChanged()).isTrue();
        assertThat(otherNode.refreshIfChanged()).isTrue();
        assertThat(otherNode.refreshIfChanged()).as("nothing changed since").isFalse();
        HolidayCalendar calendar = otherNode.calendar();
        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).as("the file's Quốc khánh is replaced").isTrue();
        assertThat(calendar.origin(2026)).isEqualTo(HolidayCalendar.Origin.STORED);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 2))).as("other years untouched").isFalse();
    }

    @Test
    void aStoredYearWithoutAFileIsOfficialAndDropsItsComputedDays() {
        StoredHolidays node = new StoredHolidays(HolidayCalendar.loadDefault(), store);
        LocalDate quocKhanh2030 = LocalDate.of(2030, 9, 2);
        assertThat(node.calendar().isWorkingDay(quocKhanh2030)).isFalse();
        assertThat(node.calendar().isProvisional(2030)).isTrue();

        store.replace(2030, List.of(dayOff(LocalDate.of(2030, 1, 1))), "admin", Instant.now());
        node.refreshIfChanged();

        assertThat(node.calendar().isProvisional(2030)).isFalse();
        assertThat(node.calendar().isWorkingDay(quocKhanh2030)).isTrue();
        assertThat(node.calendar().daysOf(2030)).extracting(Holiday::date).containsExactly(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aReplacementReplacesTheWholeListAndKeepsTheLastAuthor() {
        store.replace(2026, List.of(dayOff(MONDAY), workingDay(SATURDAY)), "admin", Instant.now());
        HolidayStore.Revision first = store.revision();

        store.replace(2026, List.of(dayOff(MONDAY.plusDays(1))), "quantri2", Instant.now());

        assertThat(store.loadAll().get(2026)).extracting(Holiday::date).containsExactly(MONDAY.plusDays(1));
        assertThat(store.revision().newest()).isGreaterThan(first.newest());
        assertThat(store.storedBy(2026)).get().extracting(HolidayStore.StoredBy::userId).isEqualTo("quantri2");
    }

    @Test
    void aFailedReplacementLeavesTheYearAsItWas() {
        store.replace(2026, List.of(dayOff(MONDAY)), "admin", Instant.now());
        HolidayStore.Revision before = store.revision();

        assertThatThrownBy(() -> store.replace(2026, List.of(dayOff(MONDAY.plusDays(1)),
                dayOff(LocalDate.of(2027, 1, 1))), "admin", Instant.now())).hasMessageContaining("ck_holiday_day_in_year");

        assertThat(store.loadAll().get(2026)).extracting(Holiday::date).containsExactly(MONDAY);
        assertThat(store.revision()).isEqualTo(before);
    }

    private static Holiday dayOff(LocalDate date) {
        return new Holiday(date, "Ngày nghỉ thử", Holiday.Kind.DAY_OFF, "Thông báo thử");
    }

    private static Holiday workingDay(LocalDate date) {
        return new Holiday(date, "Làm bù thử", Holiday.Kind.WORKING_DAY, "Thông báo thử");
    }
}
