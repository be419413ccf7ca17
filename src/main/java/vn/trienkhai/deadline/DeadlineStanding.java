package vn.trienkhai.deadline;

/** Where a piece of work stands against its due date at an instant; each view names it in its own words. */
public enum DeadlineStanding {
    NOT_DUE,
    DUE_SOON,
    OVERDUE,
    DONE_ON_TIME,
    DONE_LATE;

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
