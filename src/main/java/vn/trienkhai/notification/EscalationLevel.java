package vn.trienkhai.notification;

/** The steps of a task's ladder, in order, each a timeout task listener with its own timer. */
public enum EscalationLevel {
    REMINDER("Nhắc việc"),
    UNIT_HEAD("Quá hạn"),
    LEAD_OFFICE("Quá hạn"),
    LEADERSHIP("Quá hạn"),
    REPEAT("Quá hạn");

    private final String subjectTag;

    EscalationLevel(String subjectTag) {
        this.subjectTag = subjectTag;
    }

    /** The timeout listener id on the user task, e.g. {@code trienkhai-unit-head}. */
    public String listenerId() {
        return "trienkhai-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    String subjectTag() {
        return subjectTag;
    }

    boolean isOverdue() {
        return this != REMINDER;
    }

    /** The step a task's ladder starts with. */
    static EscalationLevel first() {
        return REMINDER;
    }

    /** The step armed when this one fires; none after the repeat, whose cycle carries on by itself. */
    java.util.Optional<EscalationLevel> next() {
        return this == REPEAT ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }
}
