package vn.trienkhai.deadline;

import java.time.LocalDate;
import java.time.YearMonth;

/** A deadline as written in a plan document; see {@link DeadlineSpecParser} for the written forms. */
public sealed interface DeadlineSpec {

    /** That day. */
    record OnDate(LocalDate date) implements DeadlineSpec {
        public OnDate {
            if (date == null) {
                throw new InvalidDeadlineException("thiếu ngày của thời hạn");
            }
        }
    }

    /** "Trong tháng 9/2026": the last day of that month. */
    record EndOfMonth(YearMonth month) implements DeadlineSpec {
        public EndOfMonth {
            if (month == null) {
                throw new InvalidDeadlineException("thiếu tháng của thời hạn");
            }
        }
    }

    /** "Quý III/2026": the last day of that quarter. */
    record EndOfQuarter(int year, int quarter) implements DeadlineSpec {
        public EndOfQuarter {
            if (year < 1 || year > 9999) {
                throw new InvalidDeadlineException("năm không hợp lệ: " + year);
            }
            if (quarter < 1 || quarter > 4) {
                throw new InvalidDeadlineException("quý phải từ 1 đến 4, nhận được: " + quarter);
            }
        }
    }

    /** N calendar days after the rollout date, the rollout day not counted. */
    record CalendarDays(int days) implements DeadlineSpec {
        public CalendarDays {
            requirePositive(days);
        }
    }

    /** N working days after the rollout date, the rollout day not counted. */
    record WorkingDays(int days) implements DeadlineSpec {
        public WorkingDays {
            requirePositive(days);
        }
    }

    /** "Thường xuyên": no due date; the work is covered by the periodic reports. */
    record Continuous() implements DeadlineSpec {
    }

    /** Ten years: longer is a typing mistake, and counting it day by day would stall. */
    int MAX_DAYS = 3650;

    private static void requirePositive(int days) {
        if (days < 1) {
            throw new InvalidDeadlineException("số ngày phải là số nguyên dương, nhận được: " + days);
        }
        if (days > MAX_DAYS) {
            throw new InvalidDeadlineException("số ngày không được quá " + MAX_DAYS + ", nhận được: " + days);
        }
    }
}
