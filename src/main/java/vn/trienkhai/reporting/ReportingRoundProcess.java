package vn.trienkhai.reporting;

import vn.trienkhai.system.WorkVariables;

/** Names shared by the reporting-round model, its Java code and its tests. */
public final class ReportingRoundProcess {

    public static final String KEY = "reporting-round";

    public static final String OPEN_ROUND = "OpenRoundServiceTask";
    public static final String UNIT_REPORTS = "UnitReportSubProcess";
    public static final String SUBMIT_UNIT_REPORT = "SubmitUnitReportUserTask";
    public static final String REVIEW_UNIT_REPORT = "ReviewUnitReportUserTask";
    public static final String CONSOLIDATION_DEADLINE = "ConsolidationDeadlineTimer";
    public static final String RECORD_MISSING = "RecordMissingReportsServiceTask";
    public static final String CONSOLIDATE = "ConsolidateRoundServiceTask";
    public static final String ASSEMBLE = "AssembleReportServiceTask";
    public static final String FINALISE = "FinaliseReportUserTask";
    public static final String APPROVE = "ApproveReportUserTask";
    public static final String SEND = "SendReportServiceTask";
    public static final String END = "RoundClosedEndEvent";

    public static final String PLAN_ID = WorkVariables.PLAN_ID;
    public static final String ROLLOUT_ID = WorkVariables.ROLLOUT_ID;
    public static final String ROUND_SEQUENCE = WorkVariables.ROUND_SEQUENCE;
    public static final String ROUND_ID = "roundId";
    public static final String UNIT_CODE = WorkVariables.UNIT_CODE;
    public static final String REPORT_APPROVED = "reportApproved";
    /** The id of the round's DRAFT report document, set by the assembly. */
    public static final String REPORT_DOCUMENT_ID = "reportDocumentId";

    /** Form fields. */
    public static final String RESULTS = "results";
    public static final String LIMITATIONS = "limitations";
    public static final String CAUSES = "causes";
    public static final String PROPOSALS = "proposals";
    public static final String DECISION = "decision";
    public static final String RETURN_REASON = "returnReason";
    public static final String FINAL_NOTE = "finalNote";
    /** The lead office's "keep the generated draft as the final" tick; needed when no edited final was uploaded. */
    public static final String KEEP_DRAFT_CONFIRMED = "keepDraftConfirmed";

    public static final String DECISION_ACCEPT = "accept";
    public static final String DECISION_RETURN = "return";

    private ReportingRoundProcess() {
    }
}
