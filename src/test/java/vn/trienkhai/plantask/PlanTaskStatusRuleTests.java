package vn.trienkhai.plantask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.HolidayCalendar;

class PlanTaskStatusRuleTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    final PlanTaskStatusRule rule = new PlanTaskStatusRule(HolidayCalendar.loadDefault(), ZONE);
    final Instant due = endOf(LocalDate.of(2026, 7, 31));

    @Test
    void doneWorkIsOnTimeWhenSubmittedByTheDueDateAndLateAfterIt() {
        assertThat(rule.statusOf(due, due, due.plusSeconds(86_400))).isEqualTo(PlanTaskStatus.DONE_ON_TIME);
        assertThat(rule.statusOf(due, due.plusSeconds(1), due.plusSeconds(86_400))).isEqualTo(PlanTaskStatus.DONE_LATE);
        assertThat(rule.dueOf(due, due, due)).isNull();
    }

    @Test
    void openWorkIsOverduePastItsDueDateAndDueSoonInItsLastThreeWorkingDays() {
        assertThat(rule.statusOf(due, null, due.plusSeconds(1))).isEqualTo(PlanTaskStatus.IN_PROGRESS_OVERDUE);
        assertThat(rule.statusOf(due, null, endOf(LocalDate.of(2026, 7, 28)))).isEqualTo(PlanTaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(rule.dueOf(due, null, endOf(LocalDate.of(2026, 7, 28)))).isEqualTo(PlanTaskStatus.Due.DUE_SOON);
        assertThat(rule.dueOf(due, null, endOf(LocalDate.of(2026, 7, 1)))).isEqualTo(PlanTaskStatus.Due.NOT_DUE);
        assertThat(rule.dueOf(due, null, due.plusSeconds(1))).isNull();
    }

    @Test
    void anExtensionMovesTheStatusBackWithinTheDeadline() {
        Instant now = endOf(LocalDate.of(2026, 8, 10));
        assertThat(rule.statusOf(due, null, now)).isEqualTo(PlanTaskStatus.IN_PROGRESS_OVERDUE);
        Instant extended = endOf(LocalDate.of(2026, 8, 31));
        assertThat(rule.statusOf(extended, null, now)).isEqualTo(PlanTaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(rule.statusOf(extended, endOf(LocalDate.of(2026, 8, 20)), now)).isEqualTo(PlanTaskStatus.DONE_ON_TIME);
    }

    @Test
    void aContinuousTaskIsNeverLate() {
        assertThat(rule.statusOf(null, null, due)).isEqualTo(PlanTaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(rule.dueOf(null, null, due)).isEqualTo(PlanTaskStatus.Due.NOT_DUE);
        assertThat(rule.statusOf(null, due, due)).isEqualTo(PlanTaskStatus.DONE_ON_TIME);
    }

    private static Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(ZONE).toInstant();
    }
}
