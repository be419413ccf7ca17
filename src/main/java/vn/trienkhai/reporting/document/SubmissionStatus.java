package vn.trienkhai.reporting.document;

/** Whether a unit's report came in by the deadline, after it, or not at all. */
public enum SubmissionStatus {
    ON_TIME, LATE, MISSING
}
