package vn.trienkhai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Deadlines of a unit's study, dissemination and own-plan steps, in {@link DeadlineText} form. */
@Embeddable
public record StageDeadlines(
        @Column(name = "study_deadline") String study,
        @Column(name = "disseminate_deadline") String disseminate,
        @Column(name = "unit_plan_deadline") String unitPlan) {
}
