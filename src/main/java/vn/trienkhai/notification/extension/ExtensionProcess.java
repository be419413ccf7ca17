package vn.trienkhai.notification.extension;

import vn.trienkhai.system.WorkVariables;

/** Names shared by deadline-extension.bpmn, its delegates and tests. */
public final class ExtensionProcess {

    public static final String KEY = "deadline-extension";
    public static final String DECIDE_TASK = "DecideExtensionUserTask";
    public static final String APPLY_TASK = "ApplyExtensionServiceTask";

    public static final String TASK_ID = "taskId";
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String REASON = "reason";
    public static final String REQUESTER = "requester";
    public static final String EXTENSION_ID = "extensionId";
    public static final String DECISION = "decision";
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String PLAN_ID = WorkVariables.PLAN_ID;
    public static final String UNIT_CODE = WorkVariables.UNIT_CODE;
    public static final String UNIT_NAME = "unitName";
    public static final String TASK_NAME = "extendedTaskName";
    public static final String REQUESTER_NAME = "requesterName";
    public static final String CURRENT_DUE = "currentDueText";
    public static final String REQUESTED_DUE = "requestedDueText";
    public static final String GRANT = "grant";
    public static final String REFUSE = "refuse";

    private ExtensionProcess() {
    }
}
