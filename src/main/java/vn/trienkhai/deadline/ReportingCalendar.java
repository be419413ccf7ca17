package vn.trienkhai.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reporting rounds of a plan after Nghị định 09/2019/NĐ-CP, art. 12: a cut-off on the 14th
 * of each period's last month, which never moves, and a submission deadline a number of working
 * days after it.
 */
public final class ReportingCalendar {

    private final DeadlineCalculator calculator;

    public ReportingCalendar(DeadlineCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public ReportingCalendar(HolidayCalendar calendar, ZoneId zone) {
        this(new DeadlineCalculator(calendar, zone));
    }

    /**
     * Every period whose cut-off lies after the rollout date and on or before the end date, then,
     * with {@code finalReview}, a round covering the whole plan with the end date as its cut-off.
     */
    public List<ReportingRound> rounds(ReportingFrequency every, LocalDate rolloutDate, LocalDate endDate,
            int submitWorkingDays, boolean finalReview) {
        Objects.requireNonNull(every, "every");
        requireAtLeastOneDay(submitWorkingDays);
        if (endDate.isBefore(rolloutDate)) {
            throw new InvalidDeadlineException("ngày kết thúc kế hoạch (" + VietnameseDates.day(endDate)
                    + ") không được trước ngày triển khai (" + VietnameseDates.day(rolloutDate) + ")");
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        for (YearMonth month = YearMonth.from(rolloutDate); !month.isAfter(YearMonth.from(endDate));
                month = month.plusMonths(1)) {
            LocalDate cutOff = month.atDay(ReportingPeriod.CUT_OFF_DAY);
            if (month.getMonthValue() % every.months() == 0
                    && cutOff.isAfter(rolloutDate) && !cutOff.isAfter(endDate)) {
                periods.add(ReportingPeriod.endingOn(every, cutOff));
            }
        }
        if (finalReview) {
            periods.add(ReportingPeriod.wholePlan(every, rolloutDate, endDate));
        }
        List<ReportingRound> rounds = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            rounds.add(new ReportingRound(rounds.size() + 1, period,
                    submissionDeadline(period.cutOff(), submitWorkingDays, 0)));
        }
        return List.copyOf(rounds);
    }

    /**
     * The deadline of one level of a cascade: one common cut-off, each level below the top one
     * working day earlier than the level above, yet never less than one working day after the
     * cut-off. Level 0 is the top and gets {@code submitWorkingDays}.
     */
    public ZonedDateTime submissionDeadline(LocalDate cutOff, int submitWorkingDays, int levelBelowTop) {
        requireAtLeastOneDay(submitWorkingDays);
        if (levelBelowTop < 0) {
            throw new IllegalArgumentException("Level below the top must not be negative: " + levelBelowTop);
        }
        int days = Math.max(1, submitWorkingDays - levelBelowTop);
        return calculator.endOfDay(calculator.calendar().plusWorkingDays(cutOff, days));
    }

    private static void requireAtLeastOneDay(int submitWorkingDays) {
        if (submitWorkingDays < 1) {
            throw new InvalidDeadlineException("thời hạn gửi báo cáo phải ít nhất 1 ngày làm việc sau ngày chốt số liệu"
                    + " (Nghị định 09/2019/NĐ-CP), nhận được: " + submitWorkingDays);
        }
    }
}
