package vn.trienkhai.holiday;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.trienkhai.deadline.HolidayCalendar;

/**
 * The holiday calendar bean: the shipped files, with the stored years loaded before any other
 * bean can compute a deadline, and kept current by polling (see {@link StoredHolidays}).
 */
@Configuration(proxyBeanMethods = false)
class HolidayConfiguration {

    @Bean
    HolidayStore holidayStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new HolidayStore(jdbc, transactions);
    }

    @Bean
    StoredHolidays storedHolidays(HolidayStore store,
                                  @Value("${trienkhai.holidays.refresh-interval:PT30S}") Duration interval) {
        StoredHolidays stored = new StoredHolidays(HolidayCalendar.loadDefault(), store);
        stored.startPolling(interval);
        return stored;
    }

    @Bean
    HolidayCalendar holidayCalendar(StoredHolidays stored) {
        return stored.calendar();
    }
}
