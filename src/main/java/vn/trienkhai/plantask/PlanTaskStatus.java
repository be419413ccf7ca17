package vn.trienkhai.plantask;

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

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** Open work within its deadline, as the dashboard counts it. */
    public enum Due {
        NOT_DUE("chưa đến hạn"),
        DUE_SOON("sắp đến hạn");

        private final String label;

        Due(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
