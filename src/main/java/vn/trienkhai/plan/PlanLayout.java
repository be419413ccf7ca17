package vn.trienkhai.plan;

/** The document layout of the plan's reports: a state body (Nghị định 30/2020) or a Party body. */
public enum PlanLayout {
    STATE, PARTY
}
