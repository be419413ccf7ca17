package vn.trienkhai.reporting;

/** A unit's report in a round. SUBMITTED and ACCEPTED reports count in the consolidation. */
public enum UnitReportStatus {
    SUBMITTED, ACCEPTED, RETURNED, MISSING;

    public boolean counts() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
