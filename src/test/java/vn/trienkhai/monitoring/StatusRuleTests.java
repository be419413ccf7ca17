package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.deadline.HolidayCalendar;

class StatusRuleTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final HolidayCalendar CALENDAR = HolidayCalendar.of(List.of(
            new Holiday(LocalDate.of(2026, 4, 30), "Ngày Giải phóng miền Nam", Holiday.Kind.DAY_OFF, "BLLĐ 2019"),
            new Holiday(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động", Holiday.Kind.DAY_OFF, "BLLĐ 2019")));

    final StatusRule rule = new StatusRule(CALENDAR, ZONE);

    static Instant endOf(String date) {
        return LocalDate.parse(date).atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
    }

    static Instant at(String date, int hour) {
        return LocalDate.parse(date).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void eachOfTheFiveStatuses() {
        Instant now = at("2026-01-07", 10);
        assertThat(rule.statusOf(endOf("2026-01-30"), null, now)).isEqualTo(ProgressStatus.NOT_DUE);
        assertThat(rule.statusOf(endOf("2026-01-09"), null, now)).isEqualTo(ProgressStatus.DUE_SOON);
        assertThat(rule.statusOf(endOf("2026-01-06"), null, now)).isEqualTo(ProgressStatus.OVERDUE);
        assertThat(rule.statusOf(endOf("2026-01-06"), at("2026-01-06", 16), now))
                .isEqualTo(ProgressStatus.DONE_ON_TIME);
        assertThat(rule.statusOf(endOf("2026-01-06"), at("2026-01-07", 8), now))
                .isEqualTo(ProgressStatus.DONE_LATE);
    }

    @Test
    void dueTodayIsDueSoonUntilTheEndOfTheDayThenOverdue() {
        assertThat(rule.statusOf(endOf("2026-01-07"), null, at("2026-01-07", 23))).isEqualTo(ProgressStatus.DUE_SOON);
        assertThat(rule.statusOf(endOf("2026-01-07"), null, at("2026-01-08", 0))).isEqualTo(ProgressStatus.OVERDUE);
    }

    @Test
    void theThreeWorkingDaysSkipTheWeekend() {
        Instant friday = at("2026-01-09", 9);
        assertThat(rule.statusOf(endOf("2026-01-14"), null, friday)).isEqualTo(ProgressStatus.DUE_SOON);
        assertThat(rule.statusOf(endOf("2026-01-15"), null, friday)).isEqualTo(ProgressStatus.NOT_DUE);
    }

    @Test
    void theThreeWorkingDaysSkipPublicHolidays() {
        Instant beforeTheHolidays = at("2026-04-29", 9);
        assertThat(rule.statusOf(endOf("2026-05-06"), null, beforeTheHolidays)).isEqualTo(ProgressStatus.DUE_SOON);
        assertThat(rule.statusOf(endOf("2026-05-07"), null, beforeTheHolidays)).isEqualTo(ProgressStatus.NOT_DUE);
    }

    @Test
    void workWithoutDueDateIsNeverLate() {
        Instant now = at("2026-01-07", 10);
        assertThat(rule.statusOf(null, null, now)).isEqualTo(ProgressStatus.NOT_DUE);
        assertThat(rule.statusOf(null, now, now)).isEqualTo(ProgressStatus.DONE_ON_TIME);
    }

    @Test
    void theDayIsTakenInVietnamNotUtc() {
        Instant earlyMorningInHanoi = at("2026-01-12", 6);
        assertThat(rule.statusOf(endOf("2026-01-15"), null, earlyMorningInHanoi)).isEqualTo(ProgressStatus.DUE_SOON);
        assertThat(rule.statusOf(endOf("2026-01-16"), null, earlyMorningInHanoi)).isEqualTo(ProgressStatus.NOT_DUE);
    }
}
