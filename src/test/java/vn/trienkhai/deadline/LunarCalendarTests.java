package vn.trienkhai.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTests {

    /**
     * Mùng 1 Tết as published in the Vietnamese calendar (lịch vạn niên, UTC+7). 2030 is one day
     * before the Chinese New Year (03/02): that new moon falls at 23:07 in Hà Nội, 00:07 in Beijing.
     */
    @ParameterizedTest
    @CsvSource({
            "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
            "2029, 2029-02-13", "2030, 2030-02-02", "2031, 2031-01-23", "2032, 2032-02-11",
            "2033, 2033-01-31", "2034, 2034-02-19", "2035, 2035-02-08"})
    void tetFallsOnThePublishedDay(int year, LocalDate tet) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(tet);
    }

    /** Giỗ Tổ Hùng Vương (10/3 âm lịch) of the official calendars of 2025 and 2026, and 2027's. */
    @ParameterizedTest
    @CsvSource({"2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(10, 3, year)).isEqualTo(day);
    }

    /** 2028 has a leap fifth month (tháng 5 nhuận): the months after it start a month later. */
    @ParameterizedTest
    @CsvSource({"2028, 5, 2028-05-24", "2028, 6, 2028-07-22"})
    void monthsAfterALeapMonthAreShifted(int year, int month, LocalDate first) {
        assertThat(LunarCalendar.toSolar(1, month, year)).isEqualTo(first);
    }
}
