package vn.trienkhai.notification.extension;

/**
 * What a request from a task starts with: the task and the unit by name, the current due date
 * (dd/mm/yyyy for reading, yyyy-MM-dd for a date field) and the earliest date that may be asked.
 */
record ExtensionDraft(String taskId, String taskName, String unitName, String currentDue, String currentDueDate,
                      String earliestNewDueDate, int reasonMaxLength) {
}
