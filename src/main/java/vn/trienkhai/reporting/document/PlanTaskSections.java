package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two sections on the plan's tasks, printed only when the plan has tasks: how each task stands (a count by
 * status, then the table), and the tasks due in the next period ("Nhiệm vụ trọng tâm kỳ tới").
 */
final class PlanTaskSections {

    static final String PROGRESS = "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH";
    static final String NEXT_PERIOD = "NHIỆM VỤ TRỌNG TÂM KỲ TỚI";

    private PlanTaskSections() {
    }

    static Optional<Section> progress(PlanTasks tasks) {
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        String title = ReportWording.upper(tasks.title());
        return Optional.of(new Section(title.isEmpty() ? PROGRESS : title, List.of(Paragraph.text(summary(tasks))),
                Optional.of(ReportTables.planTasks(tasks))));
    }

    static Optional<Section> nextPeriod(PlanTasks tasks) {
        if (tasks.isEmpty() || tasks.nextPeriodLabel() == null) {
            return Optional.empty();
        }
        String period = SafeText.line(tasks.nextPeriodLabel());
        List<Paragraph> paragraphs = new ArrayList<>();
        if (tasks.nextPeriod().isEmpty()) {
            paragraphs.add(Paragraph.text("Trong " + period + ", không có nhiệm vụ nào của Kế hoạch đến hạn."));
        } else {
            paragraphs.add(Paragraph.text("Tập trung thực hiện các nhiệm vụ của Kế hoạch đến hạn trong " + period
                    + ":"));
            List<PlanTasks.Task> due = tasks.nextPeriod();
            for (int i = 0; i < due.size(); i++) {
                paragraphs.add(Paragraph.text(item(due.get(i)) + (i == due.size() - 1 ? "." : ";")));
            }
        }
        return Optional.of(new Section(NEXT_PERIOD, paragraphs, Optional.empty()));
    }

    /** "Đến thời điểm báo cáo, Kế hoạch có 5 nhiệm vụ: 2 hoàn thành đúng hạn, 3 đang thực hiện trong hạn." */
    private static String summary(PlanTasks tasks) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (PlanTasks.Task task : tasks.tasks()) {
            byStatus.merge(SafeText.line(task.status()), 1, Integer::sum);
        }
        String counts = byStatus.entrySet().stream().filter(entry -> !entry.getKey().isEmpty())
                .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(", "));
        return "Đến thời điểm báo cáo, Kế hoạch có " + tasks.tasks().size() + " nhiệm vụ"
                + (counts.isEmpty() ? "" : ": " + counts) + "; tình hình thực hiện từng nhiệm vụ như sau:";
    }

    /** "- NV3. Xây dựng chương trình (chủ trì: Công an phường; thời hạn: 29/05/2026)". */
    private static String item(PlanTasks.Task task) {
        String text = SafeText.line(task.task()).replaceAll("[.;:,\\s]+$", "");
        List<String> details = new ArrayList<>();
        String lead = SafeText.line(task.lead());
        if (!lead.isEmpty()) {
            details.add("chủ trì: " + lead);
        }
        String deadline = SafeText.line(task.deadline());
        if (!deadline.isEmpty()) {
            details.add("thời hạn: " + deadline);
        }
        return "- " + text + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
    }
}
