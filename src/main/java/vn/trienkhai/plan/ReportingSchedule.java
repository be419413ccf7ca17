package vn.trienkhai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.trienkhai.deadline.ReportingFrequency;

/** How often units report, how long they have after the data cut-off, and whether a final review closes the plan. */
@Embeddable
public record ReportingSchedule(
        @Enumerated(EnumType.STRING) @Column(name = "reporting_every") ReportingFrequency every,
        @Column(name = "submit_working_days") int submitWorkingDays,
        @Column(name = "final_review") boolean finalReview) {
}
