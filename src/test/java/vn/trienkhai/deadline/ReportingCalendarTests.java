package vn.trienkhai.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingCalendarTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportingCalendar reporting = new ReportingCalendar(HolidayCalendar.loadDefault(), HANOI);

    @ParameterizedTest(name = "{0} ending {1}: {2} → {1}, {3}")
    @CsvSource({
            "MONTH,   2026-01-14, 2025-12-15, Tháng 1/2026",
            "MONTH,   2026-09-14, 2026-08-15, Tháng 9/2026",
            "QUARTER, 2026-03-14, 2025-12-15, Quý I/2026",
            "QUARTER, 2026-06-14, 2026-03-15, Quý II/2026",
            "QUARTER, 2026-09-14, 2026-06-15, Quý III/2026",
            "QUARTER, 2026-12-14, 2026-09-15, Quý IV/2026",
            "HALF,    2026-06-14, 2025-12-15, 6 tháng đầu năm 2026",
            "HALF,    2026-12-14, 2026-06-15, 6 tháng cuối năm 2026",
            "YEAR,    2026-12-14, 2025-12-15, Năm 2026"})
    void followsTheCutOffTableOfDecree09(ReportingFrequency every, LocalDate cutOff, LocalDate dataFrom, String label) {
        ReportingPeriod period = ReportingPeriod.endingOn(every, cutOff);
        assertThat(period.dataFrom()).isEqualTo(dataFrom);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.finalReview()).isFalse();
    }

    @Test
    void quarterlyRoundsOfTheSamplePlanEndWithAFinalReview() {
        List<ReportingRound> rounds = reporting.rounds(ReportingFrequency.QUARTER,
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 31), 3, true);

        assertThat(rounds).extracting(ReportingRound::sequence).containsExactly(1, 2, 3);
        assertThat(rounds).extracting(round -> round.period().label())
                .containsExactly("Quý III/2026", "Quý IV/2026", "Tổng kết (15/06/2026 – 31/12/2026)");
        assertThat(rounds).extracting(round -> round.period().cutOff())
                .containsExactly(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 31));
        assertThat(rounds).extracting(ReportingRound::submissionDeadline).containsExactly(
                endOfDay(2026, 9, 17), endOfDay(2026, 12, 17), endOfDay(2027, 1, 6));
        ReportingPeriod last = rounds.get(2).period();
        assertThat(last.finalReview()).isTrue();
        assertThat(last.dataFrom()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void theCutOffNeverMovesButTheSubmissionSkipsWeekendsAndHolidays() {
        List<ReportingRound> rounds = reporting.rounds(ReportingFrequency.MONTH,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 1, false);

        // 14 February 2026 is a Saturday inside the Tết break; 14 March is a Saturday.
        assertThat(rounds).extracting(round -> round.period().cutOff()).containsExactly(
                LocalDate.of(2026, 1, 14), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 14));
        assertThat(rounds).extracting(ReportingRound::submissionDeadline).containsExactly(
                endOfDay(2026, 1, 15), endOfDay(2026, 2, 23), endOfDay(2026, 3, 16));
    }

    @Test
    void takesCutOffsAfterTheRolloutDayAndUpToTheEndDate() {
        List<ReportingRound> rounds = reporting.rounds(ReportingFrequency.QUARTER,
                LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 14), 2, false);

        assertThat(rounds).singleElement()
                .satisfies(round -> assertThat(round.period().label()).isEqualTo("Quý IV/2026"));
    }

    @Test
    void halfYearlyAndYearlyRoundsSpanYears() {
        assertThat(reporting.rounds(ReportingFrequency.HALF, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31), 5, false))
                .extracting(round -> round.period().label())
                .containsExactly("6 tháng đầu năm 2025", "6 tháng cuối năm 2025",
                        "6 tháng đầu năm 2026", "6 tháng cuối năm 2026");
        assertThat(reporting.rounds(ReportingFrequency.YEAR, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31), 5, true))
                .extracting(round -> round.period().label())
                .containsExactly("Năm 2025", "Năm 2026", "Tổng kết (01/03/2025 – 31/12/2026)");
    }

    @Test
    void eachCascadeLevelIsOneWorkingDayEarlierButAfterTheCutOff() {
        LocalDate cutOff = LocalDate.of(2026, 9, 14);
        assertThat(reporting.submissionDeadline(cutOff, 3, 0)).isEqualTo(endOfDay(2026, 9, 17));
        assertThat(reporting.submissionDeadline(cutOff, 3, 1)).isEqualTo(endOfDay(2026, 9, 16));
        assertThat(reporting.submissionDeadline(cutOff, 3, 2)).isEqualTo(endOfDay(2026, 9, 15));
        assertThat(reporting.submissionDeadline(cutOff, 3, 5)).isEqualTo(endOfDay(2026, 9, 15));
    }

    @Test
    void cascadeLevelsCountWorkingDaysAcrossTet() {
        LocalDate cutOff = LocalDate.of(2026, 2, 14);
        assertThat(reporting.submissionDeadline(cutOff, 2, 0)).isEqualTo(endOfDay(2026, 2, 24));
        assertThat(reporting.submissionDeadline(cutOff, 2, 1)).isEqualTo(endOfDay(2026, 2, 23));
    }

    @Test
    void rejectsASubmissionOnTheCutOffDayOrAPlanEndingBeforeItStarts() {
        LocalDate rollout = LocalDate.of(2026, 6, 15);
        assertThatThrownBy(() -> reporting.rounds(ReportingFrequency.MONTH, rollout, LocalDate.of(2026, 12, 31), 0, true))
                .isInstanceOf(InvalidDeadlineException.class)
                .hasMessageContaining("ít nhất 1 ngày làm việc sau ngày chốt số liệu");
        assertThatThrownBy(() -> reporting.rounds(ReportingFrequency.MONTH, rollout, LocalDate.of(2026, 1, 1), 1, true))
                .isInstanceOf(InvalidDeadlineException.class)
                .hasMessage("ngày kết thúc kế hoạch (01/01/2026) không được trước ngày triển khai (15/06/2026)");
        assertThatThrownBy(() -> reporting.submissionDeadline(rollout, 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"month, MONTH", " Quarter , QUARTER", "HALF, HALF", "year, YEAR"})
    void parsesTheFrequencyAsWrittenInAPlan(String written, ReportingFrequency expected) {
        assertThat(ReportingFrequency.parse(written)).isEqualTo(expected);
    }

    @Test
    void rejectsAnUnknownFrequencyInVietnamese() {
        assertThatThrownBy(() -> ReportingFrequency.parse("week"))
                .isInstanceOf(InvalidDeadlineException.class)
                .hasMessage("kỳ báo cáo không hợp lệ: week; chỉ được là một trong: month, quarter, half, year");
        assertThatThrownBy(() -> ReportingFrequency.parse(null)).isInstanceOf(InvalidDeadlineException.class);
    }

    private static ZonedDateTime endOfDay(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 23, 59, 59, 0, HANOI);
    }
}
