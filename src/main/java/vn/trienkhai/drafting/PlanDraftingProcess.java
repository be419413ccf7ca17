package vn.trienkhai.drafting;

import vn.trienkhai.system.WorkVariables;

/** The model plan-drafting: its key, activities and variables. */
public final class PlanDraftingProcess {

    public static final String KEY = "plan-drafting";
    public static final String START = "DraftingStartedStartEvent";
    public static final String DRAFT = "DraftPlanUserTask";
    public static final String APPROVE = "ApprovePlanUserTask";
    public static final String ISSUE = "IssuePlanUserTask";
    public static final String ISSUED_GATEWAY = "IssuedGateway";
    public static final String WAIT_FOR_ROLLOUT = "WaitForRolloutDateTimer";
    public static final String START_ROLLOUT = "StartRolloutServiceTask";
    public static final String END = "PlanIssuedEndEvent";

    /** Start form: the unit that drafts (a code among the starter's units). */
    public static final String DRAFTING_UNIT = "draftingUnit";
    public static final String DRAFT_ID = "draftId";
    /** Approval form. */
    public static final String DECISION = "decision";
    public static final String RETURN_REASON = "returnReason";
    /** Issue form, as the clerk types them: issue (the default), or return to the drafter with returnReason. */
    public static final String ISSUE_DECISION = "issueDecision";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String ISSUED_ON = "issuedOn";
    public static final String ROLLOUT_ON = "rolloutOn";
    /** Written by the process only. */
    public static final String APPROVED = "approved";
    public static final String ISSUED = "issued";
    public static final String PLAN_ID = WorkVariables.PLAN_ID;
    public static final String ROLLOUT_DATE = "rolloutDate";
    public static final String ROLLOUT_TODAY = "rolloutToday";

    private PlanDraftingProcess() {
    }
}
