package vn.trienkhai.notification;

import java.time.LocalDate;

/**
 * A task notice as the timer job writes it into the outbox, one per recipient: the facts of the mail, not the mail.
 * The dispatcher renders it when it sends it, with the recipient's other due notices, so the templates, the link
 * base and the lateness in force at sending time apply. {@code unitPosition} is the unit's place in the plan's
 * protocol order (null when not listed), the order the mail lists units in. {@code role} is the step whose recipient this is (for the
 * weekly repeat: unit head, lead office or leadership), {@code greeting} the "Kính gửi" line.
 */
public record PendingNotice(String taskId, EscalationLevel level, String taskName, String planLabel,
                            String planReference, String unitName, Integer unitPosition, LocalDate dueDay,
                            long daysOverdue,
                            EscalationLevel role, String greeting) {

    TaskNotice withLateness(long workingDaysLate, String link) {
        return new TaskNotice(role == null ? level : role, planLabel, planReference, unitName, taskName, dueDay,
                level.isOverdue() ? workingDaysLate : 0, link);
    }
}
