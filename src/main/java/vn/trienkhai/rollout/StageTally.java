package vn.trienkhai.rollout;

/**
 * How many progress records of one rollout (and one unit, when counted by unit) stand where at an instant:
 * done by their due instant (or without one), done after it, open past it, open and due before the "due soon"
 * limit, and the other open ones. A stage done without a completion instant counts as open, as the matrix shows it.
 */
public record StageTally(long rolloutId, String unitCode, String unitName, long doneOnTime, long doneLate,
                         long openOverdue, long openDueSoon, long openNotDue) {

    /** Counted by rollout only: no unit. */
    public StageTally(long rolloutId, long doneOnTime, long doneLate, long openOverdue, long openDueSoon,
                      long openNotDue) {
        this(rolloutId, null, null, doneOnTime, doneLate, openOverdue, openDueSoon, openNotDue);
    }
}
