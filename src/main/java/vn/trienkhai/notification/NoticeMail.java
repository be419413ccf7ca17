package vn.trienkhai.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recipient's notice mail: the "Kính gửi" line and every task of theirs due in this dispatch, by plan; what is
 * asked of them follows their step of the ladder for each task.
 */
record NoticeMail(String greeting, List<TaskNotice> tasks) {

    NoticeMail {
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("A notice mail lists at least one task");
        }
    }

    record PlanSection(String planLabel, List<TaskNotice> tasks) {
    }

    public List<PlanSection> plans() {
        Map<String, List<TaskNotice>> byPlan = new LinkedHashMap<>();
        tasks.forEach(task -> byPlan.computeIfAbsent(task.planLabel(), plan -> new ArrayList<>()).add(task));
        return byPlan.entrySet().stream().map(entry -> new PlanSection(entry.getKey(), entry.getValue())).toList();
    }

    /** The sentences of what is asked, one per step among the tasks, in ladder order. */
    public List<String> asks() {
        return tasks.stream().map(TaskNotice::role).distinct().sorted().map(this::ask).toList();
    }

    public long overdueCount() {
        return tasks.stream().filter(TaskNotice::overdue).count();
    }

    public long dueSoonCount() {
        return tasks.size() - overdueCount();
    }

    /** A person is addressed as "đồng chí", a unit's own mailbox as "đơn vị". */
    private String you() {
        return greeting.startsWith("Đồng chí") ? "đồng chí" : "đơn vị";
    }

    private String ask(EscalationLevel role) {
        String several = tasks.size() > 1 ? "các nhiệm vụ" : "nhiệm vụ";
        return switch (role) {
            case REMINDER -> capitalised(several) + " dưới đây sắp đến hạn. Đề nghị " + you()
                    + " hoàn thành đúng hạn và cập nhật kết quả thực hiện.";
            case UNIT_HEAD -> capitalised(several) + " dưới đây của đơn vị đã quá hạn mà chưa hoàn thành. Đề nghị "
                    + you() + " chỉ đạo cán bộ phụ trách khẩn trương hoàn thành, cập nhật kết quả; trường hợp cần thêm "
                    + "thời gian, đề nghị gia hạn và nêu rõ lý do.";
            case LEAD_OFFICE -> "Các đơn vị dưới đây chưa hoàn thành nhiệm vụ được giao dù đã được nhắc. Đề nghị " + you()
                    + " đôn đốc đơn vị hoàn thành và báo cáo lãnh đạo kết quả thực hiện.";
            default -> "Kính báo cáo " + you() + " để nắm tình hình và chỉ đạo: " + several
                    + " dưới đây đã quá hạn, đơn vị và cơ quan chủ trì đã được nhắc, đôn đốc.";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
