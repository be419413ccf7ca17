package vn.trienkhai.plantask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineStanding;

/** The shared deadline rule's standings in the Government Office's four categories. */
class PlanTaskStatusTests {

    @Test
    void doneWorkKeepsWhetherItWasOnTime() {
        assertThat(PlanTaskStatus.of(DeadlineStanding.DONE_ON_TIME)).isEqualTo(PlanTaskStatus.DONE_ON_TIME);
        assertThat(PlanTaskStatus.of(DeadlineStanding.DONE_LATE)).isEqualTo(PlanTaskStatus.DONE_LATE);
        assertThat(PlanTaskStatus.Due.of(DeadlineStanding.DONE_ON_TIME)).isNull();
        assertThat(PlanTaskStatus.Due.of(DeadlineStanding.DONE_LATE)).isNull();
    }

    @Test
    void openWorkIsInProgressOnTimeOrOverdueAndOnTimeWorkIsRefinedByItsDueDate() {
        assertThat(PlanTaskStatus.of(DeadlineStanding.OVERDUE)).isEqualTo(PlanTaskStatus.IN_PROGRESS_OVERDUE);
        assertThat(PlanTaskStatus.Due.of(DeadlineStanding.OVERDUE)).isNull();
        assertThat(PlanTaskStatus.of(DeadlineStanding.DUE_SOON)).isEqualTo(PlanTaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(PlanTaskStatus.Due.of(DeadlineStanding.DUE_SOON)).isEqualTo(PlanTaskStatus.Due.DUE_SOON);
        assertThat(PlanTaskStatus.of(DeadlineStanding.NOT_DUE)).isEqualTo(PlanTaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(PlanTaskStatus.Due.of(DeadlineStanding.NOT_DUE)).isEqualTo(PlanTaskStatus.Due.NOT_DUE);
    }

    @Test
    void everyCategoryHasAVietnameseLabel() {
        for (PlanTaskStatus status : PlanTaskStatus.values()) {
            assertThat(status.label()).isNotBlank().doesNotContain("_");
        }
    }
}
