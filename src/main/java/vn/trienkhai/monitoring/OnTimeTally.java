package vn.trienkhai.monitoring;

/**
 * The figures behind an on-time rate, for stages and plan tasks alike: completed on time, completed,
 * and open past the due instant.
 */
record OnTimeTally(int onTime, int done, int overdue) {

    static final OnTimeTally NONE = new OnTimeTally(0, 0, 0);

    OnTimeTally plus(OnTimeTally other) {
        return new OnTimeTally(onTime + other.onTime, done + other.done, overdue + other.overdue);
    }

    /** Completed on time over completed or overdue; null while nothing is completed or overdue. */
    Double rate() {
        int judged = done + overdue;
        return judged == 0 ? null : (double) onTime / judged;
    }

    /** Orders by rate, highest first, exactly (no rounding): a/b against c/d by cross products. */
    static int byRateDescending(OnTimeTally left, OnTimeTally right) {
        long leftJudged = left.done + left.overdue;
        long rightJudged = right.done + right.overdue;
        return Long.compare((long) right.onTime * leftJudged, (long) left.onTime * rightJudged);
    }
}
