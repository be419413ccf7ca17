package vn.trienkhai.reporting.document;

import java.util.List;
import java.util.Objects;

/**
 * The plan's tasks as the report prints them: a table of every task (six columns, e.g. STT, nhiệm vụ, đơn vị chủ
 * trì, thời hạn, kết quả / sản phẩm, tình trạng) and the open tasks due in the next period, for the section on the
 * next period's work. Texts are data, cleaned by the writers.
 *
 * @param title           the section's title, e.g. "Tình hình thực hiện các nhiệm vụ của kế hoạch"
 * @param headers         the table's six header cells
 * @param tasks           one row per task, in the plan's order
 * @param nextPeriodLabel the next period in a sentence ("quý IV/2026"); null when there is none (a final review),
 *                        and then the next period's section is left out
 * @param nextPeriod      the open tasks due in the next period
 */
public record PlanTasks(String title, List<String> headers, List<Task> tasks, String nextPeriodLabel,
                        List<Task> nextPeriod) {

    public static final int COLUMNS = 6;

    /** A plan without tasks, or a report that does not show them: nothing is printed. */
    public static final PlanTasks NONE = new PlanTasks("", List.of("", "", "", "", "", ""), List.of(), null, List.of());

    public PlanTasks {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        if (headers.size() != COLUMNS) {
            throw new IllegalArgumentException("The tasks table has " + COLUMNS + " columns, not " + headers.size());
        }
        tasks = List.copyOf(tasks);
        nextPeriod = List.copyOf(nextPeriod);
    }

    /** One task: its number in the list, the task (code and title), lead unit, deadline, result or output, status. */
    public record Task(int number, String task, String lead, String deadline, String result, String status) {
    }

    /** True when there is no task to print: neither the table nor the next period's list is shown. */
    public boolean isEmpty() {
        return tasks.isEmpty();
    }
}
