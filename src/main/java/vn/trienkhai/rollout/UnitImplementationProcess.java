package vn.trienkhai.rollout;

import vn.trienkhai.system.WorkVariables;

/** Names shared by the unit-implementation model, its beans, forms and tests. */
public final class UnitImplementationProcess {

    public static final String KEY = "unit-implementation";

    public static final String STUDY = "StudyDirectiveUserTask";
    public static final String DISSEMINATE = "DisseminateUserTask";
    public static final String SUBMIT_UNIT_PLAN = "SubmitUnitPlanUserTask";
    public static final String REVIEW_UNIT_PLAN = "ReviewUnitPlanUserTask";
    public static final String CASCADE_ROLLOUT = "CascadeRolloutCallActivity";
    public static final String IMPLEMENT_PLAN = "ImplementPlanUserTask";
    public static final String END_EVENT = "UnitImplementedEndEvent";

    public static final String UNIT_CODE = WorkVariables.UNIT_CODE;

    public static final String STUDY_HELD_ON = "studyHeldOn";
    public static final String STUDY_FORMAT = "studyFormat";
    public static final String STUDY_PARTICIPANTS = "studyParticipants";
    public static final String STUDY_MINUTES_REF = "studyMinutesRef";

    public static final String DISSEMINATION_CHANNELS = "disseminationChannels";
    public static final String DISSEMINATION_SESSIONS = "disseminationSessions";
    public static final String PEOPLE_REACHED = "peopleReached";

    public static final String UNIT_PLAN_NUMBER = "unitPlanNumber";
    public static final String UNIT_PLAN_DATE = "unitPlanDate";
    /** Display only, local to the review task: the unit's name and the plan's date as dd/mm/yyyy. */
    public static final String UNIT_NAME = "unitName";
    public static final String UNIT_PLAN_DATE_TEXT = "unitPlanDateText";
    public static final String UNIT_PLAN_SUMMARY = "unitPlanSummary";
    public static final String UNIT_PLAN_DOCUMENT = "unitPlanDocument";

    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String RETURN_REASON = "returnReason";

    public static final String IMPLEMENTATION_SUMMARY = "implementationSummary";
    public static final String IMPLEMENTED_ON = "implementedOn";

    private UnitImplementationProcess() {
    }
}
