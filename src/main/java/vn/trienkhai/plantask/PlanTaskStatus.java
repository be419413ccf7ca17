package vn.trienkhai.plantask;

import vn.trienkhai.deadline.DeadlineStanding;

/**
 * A plan task's status in the Government Office's four categories (QĐ 42/2014/QĐ-TTg, QĐ
 * 23/2018/QĐ-TTg); open work within its deadline is refined as the dashboard does (not yet due,
 * due soon).
 */
public enum PlanTaskStatus {
    DONE_ON_TIME("hoàn thành đúng hạn"),
    DONE_LATE("hoàn thành quá hạn"),
    IN_PROGRESS_ON_TIME("đang thực hiện trong hạn"),
    IN_PROGRESS_OVERDUE("đang thực hiện quá hạn");

    private final String label;

    PlanTaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PlanTaskStatus of(DeadlineStanding standing) {
        return switch (standing) {
            case DONE_ON_TIME -> DONE_ON_TIME;
            case DONE_LATE -> DONE_LATE;
            case OVERDUE -> IN_PROGRESS_OVERDUE;
            case NOT_DUE, DUE_SOON -> IN_PROGRESS_ON_TIME;
        };
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** Open work within its deadline, as the dashboard counts it. */
    public enum Due {
        NOT_DUE("chưa đến hạn"),
        DUE_SOON("sắp đến hạn");

        private final String label;

        /** Null for done or overdue work. */
        static Due of(DeadlineStanding standing) {
            return switch (standing) {
                case NOT_DUE -> NOT_DUE;
                case DUE_SOON -> DUE_SOON;
                case OVERDUE, DONE_ON_TIME, DONE_LATE -> null;
            };
        }

        Due(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
