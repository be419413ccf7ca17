package vn.trienkhai.reporting.store;

/** DRAFT: written by the assembly from the round's tables. FINAL: what the lead office kept or uploaded. */
public enum ReportVersion {
    DRAFT, FINAL
}
