package vn.trienkhai.plantask;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The consolidated report's section on the plan's tasks, as data for the report writers: one line per
 * task (STT, nhiệm vụ, đơn vị chủ trì, thời hạn, kết quả / sản phẩm, tình trạng), a continuous task's
 * result being its state report of the round; and the open tasks due in the next period, from which
 * the report's "phương hướng, nhiệm vụ kỳ tới" is written.
 */
@Component
public class PlanTaskReportSection {

    static final String TITLE = "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH";
    static final List<String> HEADERS = List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả / sản phẩm",
            "Tình trạng");

    private final PlanTaskQueries queries;
    private final ZoneId zone;

    PlanTaskReportSection(PlanTaskQueries queries, ZoneId zone) {
        this.queries = queries;
        this.zone = zone;
    }

    public record Line(int number, String task, String lead, String deadline, String result, String status) {
    }

    public record Section(String title, List<String> headers, List<Line> lines, List<Line> nextPeriod) {
    }

    /**
     * The section of round {@code round} of the plan's rollout {@code rolloutId} (the report's own: a plan rolled
     * out twice reports each rollout's tasks), whose period ends on {@code periodEnd}; the next one ends on
     * {@code nextPeriodEnd}.
     */
    public Section of(long planId, long rolloutId, int round, LocalDate periodEnd, LocalDate nextPeriodEnd) {
        return of(queries.tasksOfRollout(planId, rolloutId), round, periodEnd, nextPeriodEnd);
    }

    Section of(List<PlanTaskView> tasks, int round, LocalDate periodEnd, LocalDate nextPeriodEnd) {
        List<Line> lines = IntStream.range(0, tasks.size()).mapToObj(i -> line(i + 1, tasks.get(i), round)).toList();
        List<PlanTaskView> upcoming = tasks.stream().filter(task -> dueIn(task, periodEnd, nextPeriodEnd)).toList();
        List<Line> next = IntStream.range(0, upcoming.size()).mapToObj(i -> line(i + 1, upcoming.get(i), round)).toList();
        return new Section(TITLE, HEADERS, lines, next);
    }

    private Line line(int number, PlanTaskView task, int round) {
        return new Line(number, task.code() + ". " + task.title(), task.lead().name(), deadline(task),
                result(task, round), task.statusLabel() == null ? "chưa triển khai" : task.statusLabel());
    }

    private String deadline(PlanTaskView task) {
        if (task.continuous()) {
            return PlanTaskStartListener.CONTINUOUS_LABEL;
        }
        return task.dueAt() == null ? "" : PlanTaskStartListener.DATES.format(task.dueAt().atZoneSameInstant(zone));
    }

    private static String result(PlanTaskView task, int round) {
        if (task.continuous() && (task.status() == null || !task.status().isDone())) {
            return task.stateReports().stream().filter(report -> report.round() == round).findFirst()
                    .map(PlanTaskView.StateReport::text).orElse("Chưa báo cáo tình hình trong kỳ");
        }
        String result = PlanTaskSheet.resultText(task);
        return result.isEmpty() && task.progressNote() != null ? task.progressNote() : result;
    }

    private boolean dueIn(PlanTaskView task, LocalDate after, LocalDate upTo) {
        if (task.dueAt() == null || (task.status() != null && task.status().isDone())) {
            return false;
        }
        LocalDate due = task.dueAt().atZoneSameInstant(zone).toLocalDate();
        return due.isAfter(after) && !due.isAfter(upTo);
    }
}
