package vn.trienkhai.plantask;

/** Names shared by the plan-task-addition model ("Giao nhiệm vụ bổ sung"), its form, beans and tests. */
public final class PlanTaskAdditionProcess {

    public static final String KEY = "plan-task-addition";

    public static final String START_EVENT = "PlanTaskAddedStartEvent";
    public static final String CALL_PLAN_TASK = "AddedPlanTaskCallActivity";
    public static final String END_EVENT = "AddedPlanTaskDoneEndEvent";

    /** The start form's fields: all a user may send. */
    public static final String PLAN_NUMBER = "planNumber";
    public static final String TASK_TITLE = "taskTitle";
    public static final String LEAD_UNIT = "leadUnit";
    public static final String COORDINATING_UNITS = "coordinatingUnits";
    public static final String DEADLINE_TEXT = "deadlineText";
    public static final String EXPECTED_OUTPUT = "expectedOutput";

    static final String PLAN_LABEL = "Kế hoạch";
    static final String TITLE_LABEL = "Nhiệm vụ";
    static final String LEAD_LABEL = "Đơn vị chủ trì";
    static final String COORDINATING_LABEL = "Đơn vị phối hợp";
    static final String DEADLINE_LABEL = "Thời hạn";
    static final String OUTPUT_LABEL = "Sản phẩm";

    private PlanTaskAdditionProcess() {
    }
}
