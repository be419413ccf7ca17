package vn.trienkhai.rollout;

import vn.trienkhai.system.WorkVariables;

/** Names shared by the plan-rollout model, its beans and its tests. */
public final class PlanRolloutProcess {

    public static final String KEY = "plan-rollout";

    public static final String START_EVENT = "RolloutStartedStartEvent";
    public static final String NOTIFY_UNITS = "NotifyUnitsServiceTask";
    public static final String UNIT_IMPLEMENTATION = "UnitImplementationCallActivity";
    public static final String PLAN_TASKS = "PlanTaskCallActivity";
    public static final String WAIT_FOR_ROUND = "WaitForRoundTimer";
    public static final String WAIT_FOR_ADDED_TASKS = "WaitForAddedTasksTimer";
    public static final String REPORTING_ROUND = "ReportingRoundCallActivity";
    public static final String END_EVENT = "RolloutCompletedEndEvent";

    public static final String REPORTING_ROUND_KEY = "reporting-round";

    public static final String PLAN_ID = WorkVariables.PLAN_ID;
    public static final String ROLLOUT_ID = WorkVariables.ROLLOUT_ID;
    public static final String ROLLOUT_ON = "rolloutOn";
    /** Set by a starter who has been told that some deadlines are already past on the rollout day. */
    public static final String ACCEPT_PAST_DEADLINES = "acceptPastDeadlines";
    public static final String PARENT_ROLLOUT_ID = "parentRolloutId";
    public static final String CASCADING_UNIT_CODE = "cascadingUnitCode";
    public static final String ROUND_SEQUENCE = WorkVariables.ROUND_SEQUENCE;
    public static final String ROUND_COUNT = "roundCount";

    private PlanRolloutProcess() {
    }
}
