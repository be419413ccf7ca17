package vn.trienkhai.plantask;

import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.system.WorkVariables;

/** Names shared by the plan-task model, its beans, forms and tests. */
public final class PlanTaskProcess {

    public static final String KEY = "plan-task";

    public static final String START_EVENT = "PlanTaskAssignedStartEvent";
    public static final String COORDINATE = "CoordinatePlanTaskUserTask";
    public static final String WAIT_FOR_ROUND = "WaitForRoundTimer";
    public static final String REPORT_STATE = "ReportTaskStateUserTask";
    public static final String CARRY_OUT = "CarryOutPlanTaskUserTask";
    public static final String REVIEW = "ReviewPlanTaskUserTask";
    public static final String DONE_END_EVENT = "PlanTaskDoneEndEvent";
    public static final String COORDINATION_END_EVENT = "CoordinationSentEndEvent";

    /** Passed in by plan-rollout. */
    public static final String PLAN_TASK_ID = "planTaskId";
    public static final String ROUND_COUNT = PlanRolloutProcess.ROUND_COUNT;

    /** Set by the start listener from the plan, for the forms to show (never read back). */
    public static final String UNIT_CODE = WorkVariables.UNIT_CODE;
    public static final String TASK_CODE = "taskCode";
    public static final String TASK_TITLE = "taskTitle";
    public static final String TASK_DEADLINE = "taskDeadline";
    public static final String TASK_OUTPUT = "taskOutput";
    public static final String CONTRIBUTIONS = "contributions";
    public static final String TASK_ROUND = "taskRound";

    public static final String TASK_STATE = "taskState";
    public static final String DONE = "DONE";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String PROGRESS_NOTE = "progressNote";
    public static final String RESULT_SUMMARY = "resultSummary";
    public static final String OUTPUT_NUMBER = "outputNumber";
    public static final String OUTPUT_DATE = "outputDate";
    public static final String OUTPUT_REFERENCE = "outputReference";
    public static final String FINISHED_ON = "finishedOn";

    public static final String CONTRIBUTION = "contribution";
    public static final String TASK_STATE_REPORT = "taskStateReport";

    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String RETURN_REASON = "returnReason";

    private PlanTaskProcess() {
    }
}
