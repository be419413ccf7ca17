package vn.trienkhai.holiday;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * Stores a year's new calendar and, when asked, moves open tasks' due dates to it, in one
 * transaction: either the calendar and every move are kept, or nothing changes.
 */
@Service
class CalendarReplacement {

    private final HolidayStore store;
    private final StoredHolidays stored;
    private final OpenDueDates openDueDates;
    private final DeadlineCalculator calculator;
    private final TransactionTemplate transaction;

    CalendarReplacement(HolidayStore store, StoredHolidays stored, OpenDueDates openDueDates,
                        DeadlineCalculator calculator, PlatformTransactionManager transactions) {
        this.store = store;
        this.stored = stored;
        this.openDueDates = openDueDates;
        this.calculator = calculator;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the moves did, or null when open tasks were left as they were. */
    DueDateChanges replace(int year, List<Holiday> days, String userId, Instant at, boolean moveOpenTasks) {
        HolidayCalendar current = calculator.calendar().snapshot();
        DueDateChanges changes = transaction.execute(status -> {
            store.replace(year, days, userId, at);
            return moveOpenTasks ? openDueDates.follow(year, new DeadlineCalculator(current, calculator.zone()),
                    new DeadlineCalculator(current.withStoredYear(year, days), calculator.zone())) : null;
        });
        stored.refreshIfChanged();
        return changes;
    }
}
