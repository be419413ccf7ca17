package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.HolidayCalendar;

class WorkingHoursTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingHours hours = new WorkingHours(HolidayCalendar.loadDefault(), ZONE, LocalTime.of(7, 30),
            LocalTime.of(17, 0));

    @Test
    void openFromHalfPastSevenToFiveOnWorkingDaysInHanoiTime() {
        assertThat(hours.isOpen(at("2026-10-05T07:29:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-10-05T07:30"))).isTrue();
        assertThat(hours.isOpen(at("2026-10-05T16:59:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-10-05T17:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-10-03T10:00"))).as("Saturday").isFalse();
        assertThat(hours.isOpen(at("2026-09-02T10:00"))).as("Quốc khánh").isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-10-05T01:00:00Z"))).as("08:00 in Hanoi").isTrue();
    }

    @Test
    void withoutHoldingNoticesAreSendableAtAnyHourOfAnyDay() {
        WorkingHours always = WorkingHours.always(HolidayCalendar.loadDefault(), ZONE);
        Instant sundayNight = at("2026-10-04T02:00");

        assertThat(always.isOpen(sundayNight)).isTrue();
        assertThat(always.isOpen(at("2026-09-02T23:00"))).as("Quốc khánh, at night").isTrue();
        assertThat(always.sendableSince(sundayNight)).as("a notice waiting since its creation ages from it")
                .isEqualTo(Instant.EPOCH);
        assertThat(hours.isOpen(sundayNight)).as("the default holds it").isFalse();
    }

    @Test
    void lateCountsWorkingDaysAfterTheDueDay() {
        LocalDate friday = LocalDate.of(2026, 10, 2);
        assertThat(hours.workingDaysLate(friday, friday)).isZero();
        assertThat(hours.workingDaysLate(friday, LocalDate.of(2026, 10, 4))).as("over the weekend").isZero();
        assertThat(hours.workingDaysLate(friday, LocalDate.of(2026, 10, 5))).isEqualTo(1);
        assertThat(hours.workingDaysLate(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 3)))
                .as("2 and 1 September are holidays").isEqualTo(1);
    }

    @Test
    void aHeldNoticeAgesFromTheOpening() {
        assertThat(hours.sendableSince(at("2026-10-05T09:00"))).isEqualTo(at("2026-10-05T07:30"));
        assertThat(hours.sendableSince(at("2026-10-05T22:00"))).isEqualTo(at("2026-10-05T22:00"));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }
}
