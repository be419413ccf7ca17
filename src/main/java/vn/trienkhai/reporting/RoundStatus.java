package vn.trienkhai.reporting;

/** Where a reporting round stands. */
public enum RoundStatus {
    OPEN, CONSOLIDATED, FINALISED, APPROVED, SENT
}
