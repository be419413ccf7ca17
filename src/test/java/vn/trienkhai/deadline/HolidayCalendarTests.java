package vn.trienkhai.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayCalendarTests {

    private static final HolidayCalendar SHIPPED = HolidayCalendar.loadDefault();

    @Test
    void loadsEveryShippedYearAndMarksTheUnconfirmedOneProvisional() {
        assertThat(SHIPPED.years()).containsExactlyInAnyOrder(2025, 2026, 2027);
        assertThat(SHIPPED.provisionalYears()).containsExactly(2027);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void everyShippedEntryHasANameAndALegalSourceInNfc(int year) {
        List<Holiday> entries = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .flatMap(day -> SHIPPED.holiday(day).stream())
                .toList();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(10).allSatisfy(holiday -> {
            assertThat(holiday.source()).isNotBlank();
            assertThat(Normalizer.isNormalized(holiday.name() + holiday.source(), Normalizer.Form.NFC)).isTrue();
        });
        assertThat(entries).anySatisfy(holiday -> assertThat(holiday.source()).contains("Bộ luật Lao động 2019"));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-01-01, false", "2025-01-27, false", "2025-01-31, false", "2025-02-03, true",
            "2025-04-07, false", "2025-04-26, true", "2025-05-02, false", "2025-09-01, false",
            "2026-01-02, false", "2026-01-10, true", "2026-02-13, true", "2026-02-16, false",
            "2026-02-20, false", "2026-02-23, true", "2026-04-27, false", "2026-08-22, true",
            "2026-08-31, false", "2026-09-02, false", "2026-09-03, true",
            "2027-02-05, false", "2027-02-12, true", "2027-04-16, false"})
    void followsTheOfficialCalendar(LocalDate date, boolean working) {
        assertThat(SHIPPED.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void workingDaysAfterADueDaySkipWeekendsAndHolidays() {
        // due Friday 28/08/2026; 31/08 is swapped off, 01-02/09 are Quốc khánh, 05-06/09 the weekend
        assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2026, 8, 28), LocalDate.of(2026, 9, 7))).isEqualTo(3);
        // due Friday 21/08/2026: Saturday 22/08 is worked in exchange
        assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2026, 8, 21), LocalDate.of(2026, 8, 24))).isEqualTo(2);
        assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2026, 8, 28), LocalDate.of(2026, 8, 28))).isZero();
        assertThat(SHIPPED.workingDaysAfter(LocalDate.of(2026, 8, 28), LocalDate.of(2026, 8, 1))).isZero();
    }

    @Test
    void aSwappedSaturdayIsAWorkingDayAndSaysWhy() {
        assertThat(SHIPPED.holiday(LocalDate.of(2025, 4, 26)))
                .hasValueSatisfying(day -> assertThat(day.kind()).isEqualTo(Holiday.Kind.WORKING_DAY));
    }

    /** 2030: Tết on Saturday 02/02, so 01/02 to 05/02, and the two weekend days given back on 06 and 07/02. */
    @ParameterizedTest
    @CsvSource({
            "2030-01-01, false", "2030-01-02, true", "2030-01-05, false", "2030-01-31, true",
            "2030-02-01, false", "2030-02-05, false", "2030-02-06, false", "2030-02-07, false", "2030-02-08, true",
            "2030-04-30, false", "2030-05-01, false", "2030-05-02, true", "2030-09-02, false", "2030-09-03, false",
            "2030-09-04, true", "2029-09-03, false", "2029-09-04, false", "2029-09-05, true"})
    void aYearWithoutAFileGetsTheStatutoryHolidays(LocalDate date, boolean working) {
        assertThat(SHIPPED.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void aCopyWithAYearsNewCalendarLeavesTheCalendarInUseAsItWas() {
        HolidayCalendar inUse = HolidayCalendar.loadDefault();
        LocalDate wednesday = LocalDate.of(2026, 10, 14);
        HolidayCalendar before = inUse.snapshot();

        HolidayCalendar after = inUse.withStoredYear(2026,
                List.of(new Holiday(wednesday, "Nghỉ đột xuất", Holiday.Kind.DAY_OFF, "Thông báo thử")));
        inUse.useStoredYears(java.util.Map.of(2026, List.of()));

        assertThat(after.isWorkingDay(wednesday)).isFalse();
        assertThat(after.isWorkingDay(LocalDate.of(2026, 9, 2))).as("the stored year replaces the file").isTrue();
        assertThat(after.isWorkingDay(LocalDate.of(2027, 1, 1))).as("other years as before").isFalse();
        assertThat(before.isWorkingDay(LocalDate.of(2026, 9, 2))).as("a snapshot keeps what it had").isFalse();
        assertThat(before.isWorkingDay(wednesday)).isTrue();
    }

    @Test
    void aYearWithoutAFileIsProvisionalAndSaysSo() {
        assertThat(SHIPPED.isProvisional(2030)).isTrue();
        assertThat(SHIPPED.isProvisional(2026)).isFalse();
        assertThat(SHIPPED.holiday(LocalDate.of(2030, 2, 2))).hasValueSatisfying(day -> {
            assertThat(day.name()).contains("Tết Nguyên đán").contains("dự kiến");
            assertThat(day.source()).contains("Bộ luật Lao động 2019").contains("dự kiến");
        });
        assertThat(SHIPPED.holiday(LocalDate.of(2030, 2, 7))).hasValueSatisfying(day ->
                assertThat(day.name()).startsWith("Nghỉ bù"));
    }

    @Test
    void countsWorkingDaysWithoutTheStartDay() {
        assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 2, 13), 0)).isEqualTo("2026-02-13");
        assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 2, 12), 1)).isEqualTo("2026-02-13");
        assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo("2026-02-23");
        assertThatThrownBy(() -> SHIPPED.plusWorkingDays(LocalDate.of(2026, 2, 13), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoEntriesForOneDay() {
        Holiday one = new Holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch", Holiday.Kind.DAY_OFF, "điều 112");
        Holiday two = new Holiday(LocalDate.of(2026, 1, 1), "Trùng", Holiday.Kind.DAY_OFF, "điều 112");
        assertThatThrownBy(() -> HolidayCalendar.of(List.of(one, two))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAFileEntryWithoutASource(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(folder.resolve("index.yaml"), "years: [2030]\n");
        Files.writeString(folder.resolve("2030.yaml"),
                "year: 2030\ndays:\n  - {date: 2030-01-01, name: \"Tết Dương lịch\", kind: DAY_OFF}\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> HolidayFiles.load(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("holidays/2030.yaml");
        }
    }

    @Test
    void refusesASwappedWorkingDayThatIsAlreadyAWeekday(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(folder.resolve("index.yaml"), "years: [2030]\n");
        Files.writeString(folder.resolve("2030.yaml"), "year: 2030\ndays:\n"
                + "  - {date: 2030-01-02, name: \"Làm bù\", kind: WORKING_DAY, source: \"thông báo\"}\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> HolidayFiles.load(loader)).hasMessageContaining("is a weekday already");
        }
    }
}
