package vn.trienkhai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A plan's own reminder and escalation ladder; a null field keeps the application default
 * ({@code trienkhai.notification.ladder.*}).
 */
@Embeddable
public record EscalationPolicy(
        @Column(name = "escalation_reminder_days") Integer reminderWorkingDaysBefore,
        @Column(name = "escalation_unit_head_days") Integer unitHeadAfterDays,
        @Column(name = "escalation_lead_office_days") Integer leadOfficeAfterWorkingDays,
        @Column(name = "escalation_leadership_days") Integer leadershipAfterWorkingDays,
        @Column(name = "escalation_repeat_days") Integer repeatEveryDays) {
}
