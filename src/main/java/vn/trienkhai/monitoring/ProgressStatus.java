package vn.trienkhai.monitoring;

import vn.trienkhai.deadline.DeadlineStanding;

/** Where one stage of one unit stands at the moment of the request, with its Vietnamese label. */
public enum ProgressStatus {
    NOT_DUE("chưa đến hạn"),
    DUE_SOON("sắp đến hạn"),
    OVERDUE("quá hạn"),
    DONE_ON_TIME("hoàn thành đúng hạn"),
    DONE_LATE("hoàn thành quá hạn");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ProgressStatus of(DeadlineStanding standing) {
        return valueOf(standing.name());
    }

    boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
