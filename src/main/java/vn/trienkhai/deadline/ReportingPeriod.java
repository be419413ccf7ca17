package vn.trienkhai.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The data a report covers: from {@code dataFrom} to the cut-off, both included, with the label
 * users read ("Quý III/2026"). A final review (tổng kết) covers the whole plan.
 */
public record ReportingPeriod(ReportingFrequency frequency, LocalDate dataFrom, LocalDate cutOff,
        String label, boolean finalReview) {

    /** Nghị định 09/2019/NĐ-CP, art. 12: a period's data stops on the 14th of its last month. */
    public static final int CUT_OFF_DAY = 14;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter DAY = VietnameseDates.DAY;

    public ReportingPeriod {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(dataFrom, "dataFrom");
        Objects.requireNonNull(cutOff, "cutOff");
        Objects.requireNonNull(label, "label");
        if (cutOff.isBefore(dataFrom)) {
            throw new IllegalArgumentException("Cut-off " + cutOff + " before " + dataFrom);
        }
    }

    public ReportingPeriod(ReportingFrequency frequency, LocalDate dataFrom, LocalDate cutOff, String label) {
        this(frequency, dataFrom, cutOff, label, false);
    }

    /** The regular period whose cut-off is {@code cutOff}, the 14th of the period's last month. */
    public static ReportingPeriod endingOn(ReportingFrequency frequency, LocalDate cutOff) {
        if (cutOff.getDayOfMonth() != CUT_OFF_DAY || cutOff.getMonthValue() % frequency.months() != 0) {
            throw new IllegalArgumentException(cutOff + " is not a cut-off of a " + frequency + " period");
        }
        LocalDate dataFrom = cutOff.minusMonths(frequency.months()).plusDays(1);
        return new ReportingPeriod(frequency, dataFrom, cutOff, label(frequency, cutOff));
    }

    /** The final review: from the rollout date to the plan's end date. */
    public static ReportingPeriod wholePlan(ReportingFrequency frequency, LocalDate rolloutDate, LocalDate endDate) {
        String label = "Tổng kết (" + DAY.format(rolloutDate) + " – " + DAY.format(endDate) + ")";
        return new ReportingPeriod(frequency, rolloutDate, endDate, label, true);
    }

    private static String label(ReportingFrequency frequency, LocalDate cutOff) {
        int month = cutOff.getMonthValue();
        int year = cutOff.getYear();
        return switch (frequency) {
            case MONTH -> "Tháng " + month + "/" + year;
            case QUARTER -> "Quý " + ROMAN[month / 3 - 1] + "/" + year;
            case HALF -> (month == 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
        };
    }
}
