package vn.trienkhai.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

public class DeadlineStandingRuleTests {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final HolidayCalendar CALENDAR = HolidayCalendar.of(List.of(
            new Holiday(LocalDate.of(2026, 4, 30), "Ngày Giải phóng miền Nam", Holiday.Kind.DAY_OFF, "BLLĐ 2019"),
            new Holiday(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động", Holiday.Kind.DAY_OFF, "BLLĐ 2019")));

    final DeadlineStandingRule rule = new DeadlineStandingRule(CALENDAR, ZONE);

    public static Instant endOf(String date) {
        return LocalDate.parse(date).atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
    }

    public static Instant at(String date, int hour) {
        return LocalDate.parse(date).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void eachOfTheFiveStatuses() {
        Instant now = at("2026-01-07", 10);
        assertThat(rule.standingOf(endOf("2026-01-30"), null, now)).isEqualTo(DeadlineStanding.NOT_DUE);
        assertThat(rule.standingOf(endOf("2026-01-09"), null, now)).isEqualTo(DeadlineStanding.DUE_SOON);
        assertThat(rule.standingOf(endOf("2026-01-06"), null, now)).isEqualTo(DeadlineStanding.OVERDUE);
        assertThat(rule.standingOf(endOf("2026-01-06"), at("2026-01-06", 16), now))
                .isEqualTo(DeadlineStanding.DONE_ON_TIME);
        assertThat(rule.standingOf(endOf("2026-01-06"), at("2026-01-07", 8), now))
                .isEqualTo(DeadlineStanding.DONE_LATE);
    }

    @Test
    void dueTodayIsDueSoonUntilTheEndOfTheDayThenOverdue() {
        assertThat(rule.standingOf(endOf("2026-01-07"), null, at("2026-01-07", 23))).isEqualTo(DeadlineStanding.DUE_SOON);
        assertThat(rule.standingOf(endOf("2026-01-07"), null, at("2026-01-08", 0))).isEqualTo(DeadlineStanding.OVERDUE);
    }

    @Test
    void theThreeWorkingDaysSkipTheWeekend() {
        Instant friday = at("2026-01-09", 9);
        assertThat(rule.standingOf(endOf("2026-01-14"), null, friday)).isEqualTo(DeadlineStanding.DUE_SOON);
        assertThat(rule.standingOf(endOf("2026-01-15"), null, friday)).isEqualTo(DeadlineStanding.NOT_DUE);
    }

    @Test
    void theThreeWorkingDaysSkipPublicHolidays() {
        Instant beforeTheHolidays = at("2026-04-29", 9);
        assertThat(rule.standingOf(endOf("2026-05-06"), null, beforeTheHolidays)).isEqualTo(DeadlineStanding.DUE_SOON);
        assertThat(rule.standingOf(endOf("2026-05-07"), null, beforeTheHolidays)).isEqualTo(DeadlineStanding.NOT_DUE);
    }

    @Test
    void theDueSoonLimitIsTheStartOfTheDayAfterTheWindowWhichADatabaseCanCompareWith() {
        Instant friday = at("2026-01-09", 9);
        assertThat(rule.dueSoonBefore(friday)).isEqualTo(LocalDate.parse("2026-01-15").atStartOfDay(ZONE).toInstant());
        assertThat(rule.dueSoonBefore(at("2026-04-29", 9)))
                .isEqualTo(LocalDate.parse("2026-05-07").atStartOfDay(ZONE).toInstant());
    }

    @Test
    void workWithoutDueDateIsNeverLate() {
        Instant now = at("2026-01-07", 10);
        assertThat(rule.standingOf(null, null, now)).isEqualTo(DeadlineStanding.NOT_DUE);
        assertThat(rule.standingOf(null, now, now)).isEqualTo(DeadlineStanding.DONE_ON_TIME);
    }

    @Test
    void theDayIsTakenInVietnamNotUtc() {
        Instant earlyMorningInHanoi = at("2026-01-12", 6);
        assertThat(rule.standingOf(endOf("2026-01-15"), null, earlyMorningInHanoi)).isEqualTo(DeadlineStanding.DUE_SOON);
        assertThat(rule.standingOf(endOf("2026-01-16"), null, earlyMorningInHanoi)).isEqualTo(DeadlineStanding.NOT_DUE);
    }

    @Test
    void anExtensionMovesTheStandingBackWithinTheDeadline() {
        Instant now = at("2026-08-10", 23);
        assertThat(rule.standingOf(endOf("2026-07-31"), null, now)).isEqualTo(DeadlineStanding.OVERDUE);
        assertThat(rule.standingOf(endOf("2026-08-31"), null, now)).isEqualTo(DeadlineStanding.NOT_DUE);
        assertThat(rule.standingOf(endOf("2026-08-31"), at("2026-08-20", 9), now)).isEqualTo(DeadlineStanding.DONE_ON_TIME);
    }

    @Test
    void workDoneAtTheDueInstantIsOnTimeAndASecondLaterIsLate() {
        Instant due = endOf("2026-07-31");
        assertThat(rule.standingOf(due, due, due.plusSeconds(86_400))).isEqualTo(DeadlineStanding.DONE_ON_TIME);
        assertThat(rule.standingOf(due, due.plusSeconds(1), due.plusSeconds(86_400))).isEqualTo(DeadlineStanding.DONE_LATE);
    }
}
