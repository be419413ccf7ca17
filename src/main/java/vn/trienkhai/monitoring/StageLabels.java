package vn.trienkhai.monitoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.rollout.Stage;

/** The stages and statuses as a manager reads them: the task names of unit-implementation. */
final class StageLabels {

    private static final Map<Stage, String> LABELS = new EnumMap<>(Map.of(
            Stage.STUDY, "Học tập, quán triệt",
            Stage.DISSEMINATE, "Tuyên truyền, phổ biến",
            Stage.UNIT_PLAN, "Kế hoạch của đơn vị",
            Stage.REVIEW, "Thẩm định kế hoạch",
            Stage.IMPLEMENT, "Triển khai thực hiện"));

    private StageLabels() {
    }

    static String of(Stage stage) {
        return LABELS.get(stage);
    }

    static List<PlanProgress.Label> stages() {
        return Arrays.stream(Stage.values()).map(stage -> new PlanProgress.Label(stage.name(), of(stage))).toList();
    }

    static List<PlanProgress.Label> statuses() {
        return Arrays.stream(ProgressStatus.values())
                .map(status -> new PlanProgress.Label(status.name(), status.label())).toList();
    }

    /** The Government Office's four categories of a plan task. */
    static List<PlanProgress.Label> taskStatuses() {
        return Arrays.stream(PlanTaskStatus.values())
                .map(status -> new PlanProgress.Label(status.name(), status.label())).toList();
    }
}
