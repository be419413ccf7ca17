package vn.trienkhai.deadline;

import java.util.Locale;

/** How often units report (Nghị định 09/2019/NĐ-CP, art. 12), with the length of a period in months. */
public enum ReportingFrequency {
    MONTH(1), QUARTER(3), HALF(6), YEAR(12);

    private final int months;

    ReportingFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Reads {@code month}, {@code quarter}, {@code half} or {@code year} as written in a plan. */
    public static ReportingFrequency parse(String value) {
        if (value != null) {
            String key = value.trim().toUpperCase(Locale.ROOT);
            for (ReportingFrequency frequency : values()) {
                if (frequency.name().equals(key)) {
                    return frequency;
                }
            }
        }
        throw new InvalidDeadlineException("kỳ báo cáo không hợp lệ: " + value
                + "; chỉ được là một trong: month, quarter, half, year");
    }
}
