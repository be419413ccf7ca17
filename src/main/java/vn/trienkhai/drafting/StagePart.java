package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.plan.DeadlineText;

/**
 * The deadlines of a unit's steps (học tập, quán triệt; tuyên truyền; the unit's own plan): the
 * latest dated deadline of the tasks about that step, else a default counted in working days
 * from the rollout.
 */
final class StagePart {

    private record Stage(String key, Pattern words, int defaultWorkingDays, String label) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("study", Pattern.compile("\\b(hoc tap|quan triet)\\b"), 10, "học tập, quán triệt"),
            new Stage("disseminate", Pattern.compile("\\b(tuyen truyen|pho bien)\\b"), 15, "tuyên truyền, phổ biến"),
            new Stage("unitPlan", Pattern.compile("\\bxay dung (cac )?(chuong trinh|ke hoach)"), 20, "kế hoạch của đơn vị"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private StagePart() {
    }

    static ObjectNode write(TaskReader.Read read, Findings findings) {
        ObjectNode stages = JSON.createObjectNode();
        List<DraftTask> tasks = read.tasks();
        for (Stage stage : STAGES) {
            DraftTask order = stage.key().equals("unitPlan") ? read.ownPlanOrders().stream()
                    .filter(own -> own.deadline() != null).findFirst().orElse(null) : null;
            if (order != null) {
                stages.set(stage.key(), JSON.valueToTree(DeadlineText.toDocument(order.deadline().spec())));
                findings.add("stages." + stage.key(), order.deadline().source(), "hạn các đơn vị xây dựng kế hoạch");
                continue;
            }
            DraftTask latest = null;
            LocalDate latestDay = null;
            for (DraftTask task : tasks) {
                LocalDate day = task.deadline() == null ? null : EndDate.lastDay(task.deadline().spec());
                if (day != null && stage.words().matcher(Folding.fold(task.title())).find()
                        && (latestDay == null || day.isAfter(latestDay))) {
                    latest = task;
                    latestDay = day;
                }
            }
            String field = "stages." + stage.key();
            if (latest != null) {
                stages.set(stage.key(), JSON.valueToTree(DeadlineText.toDocument(latest.deadline().spec())));
                findings.add(field, latest.deadline().source(), "hạn muộn nhất của các nhiệm vụ " + stage.label()
                        + " (nhiệm vụ " + latest.code() + ")");
            } else {
                stages.set(stage.key(), JSON.valueToTree(DeadlineText.toDocument(
                        new DeadlineSpec.WorkingDays(stage.defaultWorkingDays()))));
                findings.add(field, "", "văn bản không nêu hạn " + stage.label() + "; tạm để "
                        + stage.defaultWorkingDays() + " ngày làm việc từ ngày triển khai");
            }
        }
        return stages;
    }
}
