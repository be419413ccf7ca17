package vn.trienkhai.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate ROLLOUT = LocalDate.of(2026, 6, 15);

    private final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.loadDefault(), HANOI);

    @ParameterizedTest
    @CsvSource({
            "2026-04, 2026-04-30, 2026-05-04",
            "2026-06, 2026-06-30, 2026-06-30",
            "2026-07, 2026-07-31, 2026-07-31",
            "2026-02, 2026-02-28, 2026-03-02",
            "2027-02, 2027-02-28, 2027-03-01",
            "2028-02, 2028-02-29, 2028-02-29",
            "2100-02, 2100-02-28, 2100-03-01"})
    void endOfMonthIsItsLastDayMovedOffWeekendsAndHolidays(YearMonth month, LocalDate last, LocalDate due) {
        DeadlineSpec spec = new DeadlineSpec.EndOfMonth(month);
        assertThat(calculator.lastDay(spec, ROLLOUT)).contains(last);
        assertThat(calculator.dueAt(spec, ROLLOUT)).contains(calculator.endOfDay(due));
    }

    @ParameterizedTest
    @CsvSource({
            "2026, 1, 2026-03-31", "2026, 2, 2026-06-30", "2026, 3, 2026-09-30", "2026, 4, 2026-12-31",
            "2028, 1, 2028-03-31"})
    void endOfQuarterIsTheLastDayOfItsLastMonth(int year, int quarter, LocalDate last) {
        assertThat(calculator.lastDay(new DeadlineSpec.EndOfQuarter(year, quarter), ROLLOUT)).contains(last);
    }

    @Test
    void aDeadlineInTetMovesToTheFirstWorkingDayAfterIt() {
        DeadlineSpec spec = new DeadlineSpec.OnDate(LocalDate.of(2026, 2, 17));
        assertThat(calculator.dueAt(spec, ROLLOUT))
                .contains(ZonedDateTime.of(2026, 2, 23, 23, 59, 59, 0, HANOI));
    }

    @Test
    void aSaturdayThirtyFirstOfDecemberMovesPastNewYearIntoJanuary() {
        Holiday newYearInLieu = new Holiday(LocalDate.of(2023, 1, 2), "Nghỉ bù Tết Dương lịch",
                Holiday.Kind.DAY_OFF, "Bộ luật Lao động 2019, điều 111 khoản 3");
        DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.of(List.of(newYearInLieu)), HANOI);
        DeadlineSpec spec = new DeadlineSpec.EndOfQuarter(2022, 4);
        assertThat(calculator.lastDay(spec, ROLLOUT)).contains(LocalDate.of(2022, 12, 31));
        assertThat(calculator.dueAt(spec, ROLLOUT)).contains(calculator.endOfDay(LocalDate.of(2023, 1, 3)));
    }

    @Test
    void theRolloutDayIsNotCounted() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(calculator.lastDay(new DeadlineSpec.CalendarDays(1), monday)).contains(LocalDate.of(2026, 3, 3));
        assertThat(calculator.lastDay(new DeadlineSpec.WorkingDays(1), monday)).contains(LocalDate.of(2026, 3, 3));
    }

    @Test
    void calendarDaysAndWorkingDaysDifferAcrossAWeekendAndHolidays() {
        LocalDate friday = LocalDate.of(2026, 4, 24);
        // Mon 27/4 is the day in lieu of Giỗ Tổ; 30/4 and 1/5 are holidays, then a weekend.
        assertThat(calculator.dueAt(new DeadlineSpec.CalendarDays(3), friday))
                .contains(calculator.endOfDay(LocalDate.of(2026, 4, 28)));
        assertThat(calculator.dueAt(new DeadlineSpec.WorkingDays(1), friday))
                .contains(calculator.endOfDay(LocalDate.of(2026, 4, 28)));
        assertThat(calculator.dueAt(new DeadlineSpec.WorkingDays(3), friday))
                .contains(calculator.endOfDay(LocalDate.of(2026, 5, 4)));
        assertThat(calculator.dueAt(new DeadlineSpec.CalendarDays(10), friday))
                .contains(calculator.endOfDay(LocalDate.of(2026, 5, 4)));
    }

    @Test
    void aSwappedSaturdayCountsAsAWorkingDay() {
        assertThat(calculator.dueAt(new DeadlineSpec.WorkingDays(1), LocalDate.of(2026, 1, 9)))
                .contains(calculator.endOfDay(LocalDate.of(2026, 1, 10)));
        assertThat(calculator.dueAt(new DeadlineSpec.OnDate(LocalDate.of(2026, 8, 22)), ROLLOUT))
                .contains(calculator.endOfDay(LocalDate.of(2026, 8, 22)));
    }

    @Test
    void aContinuousTaskHasNoDueDate() {
        assertThat(calculator.dueAt(new DeadlineSpec.Continuous(), ROLLOUT)).isEmpty();
        assertThat(calculator.lastDay(new DeadlineSpec.Continuous(), ROLLOUT)).isEmpty();
    }

    @Test
    void timesAreInHanoiWhateverTheJvmDefaultZone() {
        TimeZone previous = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            ZonedDateTime due = new DeadlineCalculator(HolidayCalendar.loadDefault(), HANOI)
                    .dueAt(new DeadlineSpec.EndOfQuarter(2026, 3), ROLLOUT).orElseThrow();
            ZonedDateTime submission = new ReportingCalendar(HolidayCalendar.loadDefault(), HANOI)
                    .submissionDeadline(LocalDate.of(2026, 9, 14), 1, 0);

            assertThat(due.getZone()).isEqualTo(HANOI);
            assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-09-30T16:59:59Z"));
            assertThat(submission.toInstant()).isEqualTo(Instant.parse("2026-09-15T16:59:59Z"));
        } finally {
            TimeZone.setDefault(previous);
        }
    }
}
