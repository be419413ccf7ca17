package vn.trienkhai.plan;

/** What a plan document may refer to outside itself: units by code, parent plans by number. */
interface PlanReferences {

    boolean unitExists(String code);

    boolean planExists(String number);
}
