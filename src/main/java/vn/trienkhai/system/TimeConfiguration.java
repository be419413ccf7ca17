package vn.trienkhai.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.deadline.ReportingCalendar;

/** Time is always computed in the configured zone (Asia/Ho_Chi_Minh), never the JVM default. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    ZoneId zone(@Value("${trienkhai.zone}") String zone) {
        return ZoneId.of(zone);
    }

    /** The engine's clock, so that the application's "now" and the engine's never disagree (see {@link EngineClock}). */
    @Bean
    Clock clock(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Bean
    DeadlineCalculator deadlineCalculator(HolidayCalendar holidayCalendar, ZoneId zone) {
        return new DeadlineCalculator(holidayCalendar, zone);
    }

    @Bean
    ReportingCalendar reportingCalendar(DeadlineCalculator deadlineCalculator) {
        return new ReportingCalendar(deadlineCalculator);
    }
}
