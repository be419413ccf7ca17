package vn.trienkhai.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The schedule a plan would have if rolled out on {@code rolloutOn}: nothing of it is saved. */
record PlanPreview(LocalDate rolloutOn, String zone, List<StageDue> stages, List<TaskDue> tasks,
                   List<RoundDue> reportingRounds) {

    record StageDue(String stage, String label, Object deadline, OffsetDateTime dueAt) {
    }

    record TaskDue(String code, String title, String lead, Object deadline, OffsetDateTime dueAt) {
    }

    record RoundDue(int sequence, String label, boolean finalReview, LocalDate dataFrom, LocalDate cutOff,
                    OffsetDateTime submissionDeadline) {
    }
}
