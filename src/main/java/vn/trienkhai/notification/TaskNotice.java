package vn.trienkhai.notification;

import java.time.LocalDate;

/**
 * One task in a notice mail: the step asked of the recipient ({@code role}), the plan in full and by reference,
 * the unit, the task, its due day, how many working days late it is (0: not late, or late since today) and its link.
 */
record TaskNotice(EscalationLevel role, String planLabel, String planReference, String unitName, String taskName,
                  LocalDate dueDate, long workingDaysLate, String link) {

    public boolean overdue() {
        return role.isOverdue();
    }

    /** "quá hạn 3 ngày làm việc", "đã quá hạn" when not a full working day yet, "sắp đến hạn" for a reminder. */
    public String lateness() {
        if (!overdue()) {
            return "sắp đến hạn";
        }
        return workingDaysLate > 0 ? "quá hạn " + workingDaysLate + " ngày làm việc" : "đã quá hạn";
    }

    public String dueDay() {
        return MailRenderer.DAY.format(dueDate);
    }
}
