package vn.trienkhai.holiday;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * Keeps the one {@link HolidayCalendar} of this node in step with the stored years.
 *
 * <p>Several nodes share one database, so the node that takes a PUT cannot tell the others. Each
 * node therefore polls, on its own daemon thread every {@code trienkhai.holidays.refresh-interval}
 * (30 s by default), one cheap query — the newest revision and the number of stored years — and
 * reloads the stored years only when that pair changed. The node that took the PUT reloads at once.
 * Polling off the request path keeps deadline arithmetic free of database calls (it runs inside
 * engine transactions, where a failed query would doom the whole transaction), and a failed poll
 * only keeps the calendar this node already has. Another node follows within one interval.
 */
class StoredHolidays implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoredHolidays.class);

    private final HolidayCalendar calendar;
    private final HolidayStore store;
    private HolidayStore.Revision loaded;
    private ScheduledExecutorService poller;

    StoredHolidays(HolidayCalendar calendar, HolidayStore store) {
        this.calendar = calendar;
        this.store = store;
        refreshIfChanged();
    }

    HolidayCalendar calendar() {
        return calendar;
    }

    /** Reloads the stored years when another node (or this one) changed them since the last load. */
    synchronized boolean refreshIfChanged() {
        // Read the revision first: a change committed during the load is then seen again by the next poll.
        HolidayStore.Revision current = store.revision();
        if (current.equals(loaded)) {
            return false;
        }
        var years = store.loadAll();
        calendar.useStoredYears(years);
        loaded = current;
        log.info("Holiday calendar: {} stored year(s) {} loaded (revision {})", years.size(), years.keySet(),
                current.newest());
        return true;
    }

    void startPolling(Duration interval) {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "holiday-calendar-poll");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            refreshIfChanged();
        } catch (RuntimeException e) {
            log.warn("Holiday calendar: could not check the stored years ({}); keeping the calendar loaded before",
                    e.toString());
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
