package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two sections on the plan's work: how each of the plan's tasks stands (a count by status, then the table),
 * printed only when the plan has tasks, and the next period's work ("Phương hướng, nhiệm vụ kỳ tới": the tasks due
 * in it, the stages still open, the units still late).
 */
final class PlanTaskSections {

    static final String PROGRESS = "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH";
    static final String NEXT_PERIOD = "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI";

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

    /**
     * The next period's work: the plan's tasks due in it (when the plan has tasks), the rollout's stages still to
     * complete and the units still late. Left out when there is nothing to say, and in a final review.
     */
    static Optional<Section> nextPeriod(ConsolidatedReport report) {
        PlanTasks tasks = report.planTasks();
        RolloutStanding standing = report.standing();
        boolean withTasks = !tasks.isEmpty() && tasks.nextPeriodLabel() != null;
        if (!withTasks && standing.isEmpty()) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        if (withTasks) {
            paragraphs.addAll(dueTasks(tasks));
        }
        if (!standing.openStages().isEmpty()) {
            paragraphs.add(Paragraph.text("Hoàn thành các bước triển khai Kế hoạch còn dở dang: "
                    + standing.openStages().stream().map(stage -> SafeText.line(stage.stage()) + " ("
                            + stage.units() + " đơn vị chưa hoàn thành)").collect(Collectors.joining("; ")) + "."));
        }
        if (standing.lateUnitCount() > 0) {
            String named = standing.lateUnits().stream().map(PlanTaskSections::late).collect(Collectors.joining("; "));
            long others = standing.lateUnitCount() - standing.lateUnits().size();
            paragraphs.add(Paragraph.text("Đôn đốc các đơn vị còn chậm: " + named
                    + (others > 0 ? "; và " + others + " đơn vị khác" : "") + "."));
        }
        return Optional.of(new Section(NEXT_PERIOD, paragraphs, Optional.empty()));
    }

    private static List<Paragraph> dueTasks(PlanTasks tasks) {
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
        return paragraphs;
    }

    /** "Tổ dân phố số 3 (Học tập, quán triệt, quá hạn 5 ngày làm việc)"; late since today: "đã quá hạn". */
    private static String late(RolloutStanding.LateUnit unit) {
        return SafeText.line(unit.unitName()) + " (" + unit.stages().stream()
                .map(stage -> SafeText.line(stage.stage()) + ", " + (stage.workingDaysLate() > 0
                        ? "quá hạn " + stage.workingDaysLate() + " ngày làm việc" : "đã quá hạn"))
                .collect(Collectors.joining("; ")) + ")";
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
