package vn.trienkhai.notification;

import java.time.LocalDate;

/** What a reminder or an overdue notice says about one task. */
record TaskNotice(EscalationLevel level, String planLabel, String unitName, String taskName, LocalDate dueDate,
                  long daysOverdue, String link) {
}
