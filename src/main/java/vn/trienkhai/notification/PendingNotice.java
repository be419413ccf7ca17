package vn.trienkhai.notification;

import java.time.LocalDate;

/**
 * A task notice as the timer job writes it into the outbox: the facts of the mail, not the mail.
 * The dispatcher renders it when it sends it, so the templates and the Tasklist base URL in force
 * at sending time apply.
 */
public record PendingNotice(String taskId, EscalationLevel level, String taskName, String planLabel, String unitName,
                            LocalDate dueDay, long daysOverdue) {

    TaskNotice withLink(String link) {
        return new TaskNotice(level, planLabel, unitName, taskName, dueDay, daysOverdue, link);
    }
}
